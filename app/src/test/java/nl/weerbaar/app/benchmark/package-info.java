/**
 * The benchmark harness (issue 9): starts the application on a fresh embedded PostgreSQL, runs each
 * workload after a warm-up beside the limit PostgreSQL itself reaches on the same machine in the same
 * run, prints a table and writes {@code app/target/benchmark.json}. Not part of the test suite: run it
 * with {@code mvn -pl app -am -Pbenchmark verify} (see docs/benchmarks.md).
 */
package nl.weerbaar.app.benchmark;
