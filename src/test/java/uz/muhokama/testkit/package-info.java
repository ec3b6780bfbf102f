/**
 * Test hooks, in the test WAR only: the settable clock ({@link uz.muhokama.testkit.SettableClock}, an enabled CDI
 * alternative to the system clock) and the {@code /api/v1/test/...} resources that move it and run the features'
 * jobs now. The build packs these classes, compiled from src/test/java, beside the production WAR's own into
 * {@code target/muhokama-test.war}, which the integration tests, the cluster's tests and the benchmarks that
 * need the hooks deploy; {@code target/muhokama.war} has none of them. They use only what the WAR itself
 * carries (Jakarta EE, MicroProfile, the features' public classes), never a test library, and nothing in
 * src/main/java refers to them (ArchitectureTest).
 */
package uz.muhokama.testkit;
