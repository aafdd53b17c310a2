package fr.coopdec.shared.dashboard;

import java.time.LocalDate;

/**
 * Something that waits for someone: a stale Atlas record, an overdue report, a sheet waiting for
 * moderation.
 *
 * @param kindKey translation key of the kind of alert
 * @param subject what it is about (a partnership's title, a sheet's authority...)
 * @param owner   who should act (an authority, DAECT, AFD...)
 * @param since   since when it waits
 * @param link    the route of the record
 */
public record DashboardAlert(String kindKey, String subject, String owner, LocalDate since, String link) {}
