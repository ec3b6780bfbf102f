package uz.muhokama.bench.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The benchmark's yardstick, deployed beside the portal at /ceiling. Not part of the product. */
@ApplicationPath("/")
public class CeilingApplication extends Application {}
