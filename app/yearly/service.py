"""`case_file.statistics`: the yearly report of one vault, and its exports.

    stats = cf.statistics.compute(school_year(2025))
    cf.statistics.export_pdf(stats, "jaarverslag.pdf")
    cf.statistics.export_board_file(stats, "school.json")

Every export is written through `case_file.handover` (atomic, with an audit record in
the same transaction); the audit record names the period and the kind of export, never
a number from it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from app.yearly import compute as c
from app.yearly.collect import CaseFacts, cases_per_month, load_facts, meldingen_count
from app.yearly.followups import LATE, ON_TIME, OVERDUE, followup_verdicts
from app.yearly.model import AnonymousReport, Count, Row, Table, YearStats
from app.yearly.period import Period

if TYPE_CHECKING:
    from app.casework.registry import ProtocolRegistry
    from app.dossier.handover import Handover
    from app.vault import Vault


class Statistics:
    def __init__(self, gateway: Vault, registry: ProtocolRegistry,
                 handover: Callable[[], Handover]) -> None:
        self._gateway = gateway
        self._registry = registry
        self._handover = handover

    def compute(self, period: Period, *, include_groups: bool = False,
                today: date | None = None) -> YearStats:
        """The period's figures; groups only when asked (they never go to a board)."""
        today = today or self._gateway.clock.today_local()
        facts = load_facts(self._gateway, period)
        case_ids: c.CaseIds = {}
        tables = self._tables(period, list(facts.values()), include_groups, case_ids)
        tables.append(self._followups(period, set(facts), today, case_ids))
        months = c.month_table("per_maand", period, cases_per_month(self._gateway, period))
        previous = period.previous()
        earlier = cases_per_month(self._gateway, previous)
        report = AnonymousReport(
            period, (self.school_name(),) if self.school_name() else (),
            Count.exact(meldingen_count(self._gateway, period)), Count.exact(len(facts)),
            tuple(tables), months,
            c.month_table("per_maand_vorig_jaar", previous, earlier) if earlier else None,
            (c.durations("eerste_actie", c.days_to_first_action(facts.values()), case_ids),
             c.durations("afsluiten", c.days_to_closing(facts.values(), period), case_ids)),
            include_groups)
        return YearStats(report, MappingProxyType(case_ids))

    def school_name(self) -> str:
        return self._gateway.get_meta("school") or ""

    @staticmethod
    def _tables(period: Period, facts: list[CaseFacts], include_groups: bool,
                case_ids: c.CaseIds) -> list[Table]:
        build = c.TableBuilder(case_ids)
        online = [f for f in facts if f.kind == "online-pesten"]
        with_offences = [f for f in facts if f.offences]
        tables = [
            build.single("soort", facts, lambda f: f.kind, c.kind_order()),
            build.multi("vorm", facts, lambda f: set(f.forms), c.form_order(), len(facts)),
            build.single("platform", online, lambda f: f.platform, c.PLATFORM_ORDER),
            build.single("gemeld_door", facts, lambda f: f.reported_by, c.reporter_order()),
            build.single("gemeld_hoe", facts, lambda f: f.reported_via, c.channel_order()),
            build.single("protocol", facts, c.protocol_key, (c.NO_PROTOCOL,),
                         c.protocol_labels(facts)),
            build.single("uitkomst", facts, lambda f: c.outcome_at_end(f, period), c.OUTCOMES),
            build.single("urgentie", facts, lambda f: f.priority, c.PRIORITIES),
            build.multi("kenmerken", facts, lambda f: c.fact_flags(f, period), c.FACTS,
                        len(facts)),
            build.multi("strafbaar_feit", with_offences, lambda f: f.offences, c.OFFENCE_ORDER,
                        len(with_offences)),
        ]
        if include_groups:
            tables.append(build.single("groep", facts, c.group_key, ()))
        return tables

    def _followups(self, period: Period, in_period: set[int], today: date,
                   case_ids: c.CaseIds) -> Table:
        verdicts = followup_verdicts(self._gateway, self._registry, period, in_period, today)
        keys = (ON_TIME, LATE, OVERDUE)
        counts = dict.fromkeys(keys, 0)
        for case_id, found in verdicts.items():
            for verdict in found:
                counts[verdict] += 1
            for verdict in set(found):
                case_ids[("vervolg", verdict)] = (*case_ids.get(("vervolg", verdict), ()),
                                                  case_id)
        return Table("vervolg", tuple(Row(k, Count.exact(counts[k])) for k in keys),
                     Count.exact(sum(counts.values())))

    # ------------------------------------------------------------------ exports
    def export_pdf(self, stats: YearStats | AnonymousReport, target: Path | str) -> Path:
        from app.yearly.pdf import render_report  # noqa: PLC0415  (reportlab loads late)

        report = stats.report if isinstance(stats, YearStats) else stats
        return self._write(render_report(report), target, "pdf", report)

    def export_csv(self, stats: YearStats | AnonymousReport, target: Path | str) -> Path:
        from app.yearly.csv_export import render_csv  # noqa: PLC0415

        report = stats.report if isinstance(stats, YearStats) else stats
        return self._write(render_csv(report), target, "csv", report)

    def export_board_file(self, stats: YearStats, target: Path | str) -> Path:
        from app.yearly.board import board_json  # noqa: PLC0415

        return self._write(board_json(stats.report), target, "bestuur", stats.report)

    def _write(self, data: bytes, target: Path | str, kind: str,
               report: AnonymousReport) -> Path:
        return self._handover().export_report(data, target, kind=kind,
                                              period=report.period.label)
