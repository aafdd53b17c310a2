/**
 * What an operator watches on each application server: Prometheus metrics (open Vaadin sessions of the
 * server; gauges read from the database, cached a few seconds so that scrapes stay cheap) next to
 * Spring Boot's own (HTTP, JVM, connection pool, Tomcat sessions, scheduled jobs).
 */
package fr.coopdec.shared.ops;
