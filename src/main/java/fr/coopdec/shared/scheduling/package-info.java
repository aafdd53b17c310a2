/**
 * Scheduled jobs that run once across application servers. Every {@code @Scheduled} method also
 * carries ShedLock's {@code @SchedulerLock}: the server whose trigger fires first takes the job's row
 * in the {@code shedlock} table (times from the database clock, so servers' clocks may drift), the
 * others skip that firing. Each run taken is journaled in {@code tache_execution} and counted in the
 * metrics ({@code coopdec.jobs.runs} / {@code coopdec.jobs.skipped}, tagged with the job's name).
 */
package fr.coopdec.shared.scheduling;
