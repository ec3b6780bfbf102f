package uz.muhokama.account;

import java.util.List;

/** An administrator's decision on what an account may do; {@code agency} only with the AGENCY role. */
public record RoleAssignment(List<String> roles, String agency) {}
