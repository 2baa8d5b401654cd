"""CLI subcommands `stats` (one vault's yearly figures, with exports) and `stats-merge`
(a school board combines the schools' board files; no vault is opened, so the report
is written atomically but has no audit log to go into)."""

from __future__ import annotations

import argparse

from app.atomic import write_atomically
from app.cli.context import open_case_file, print_json
from app.cli.paths import require_output_folder
from app.errors import InvalidInputError
from app.yearly import Period, YearStats, custom_period, parse_month, parse_school_year
from app.yearly.board import merge, read_board_file
from app.yearly.csv_export import csv_lines, render_csv
from app.yearly.pdf import render_report
from app.yearly.period import school_year_of


def _period(args: argparse.Namespace, today_period: Period) -> Period:
    if args.from_month or args.to_month:
        if not (args.from_month and args.to_month) or args.year:
            raise InvalidInputError("cli.yearly_period_half")
        return custom_period(parse_month(args.from_month), parse_month(args.to_month))
    return parse_school_year(args.year) if args.year else today_period


def _print(stats: YearStats, as_json: bool) -> None:
    lines = csv_lines(stats.report)
    if as_json:
        print_json([{"tabel": t, "sleutel": k, "omschrijving": d, "aantal": n}
                    for t, k, d, n in lines])
        return
    current = ""
    for table, _key, description, shown in lines:
        if table != current:
            print()
            current = table
        print(f"{description}: {shown}" if shown else description)


def cmd_stats(args: argparse.Namespace) -> int:
    for target in (args.csv, args.pdf, args.board_file):
        if target is not None:
            require_output_folder(target)
    with open_case_file(args) as vault:
        period = _period(args, school_year_of(vault.clock.today_local()))
        stats = vault.statistics.compute(period, include_groups=args.groups)
        if args.pdf is not None:
            vault.statistics.export_pdf(stats, args.pdf)
        if args.csv is not None:
            vault.statistics.export_csv(stats, args.csv)
        if args.board_file is not None:
            vault.statistics.export_board_file(stats, args.board_file)
    _print(stats, args.json)
    return 0


def cmd_stats_merge(args: argparse.Namespace) -> int:
    for target in (args.output, args.csv):
        if target is not None:
            require_output_folder(target)
    report = merge((read_board_file(path) for path in args.files),
                   allow_mixed_years=args.allow_mixed_years)
    write_atomically(args.output, render_report(report))
    if args.csv is not None:
        write_atomically(args.csv, render_csv(report))
    if args.json:
        print_json({"pdf": str(args.output), "csv": str(args.csv) if args.csv else None,
                    "schools": list(report.schools), "period": report.period.label})
        return 0
    print(f"Bestuursverslag opgeslagen: {args.output}")
    if args.csv is not None:
        print(f"CSV opgeslagen: {args.csv}")
    return 0
