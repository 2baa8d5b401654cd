"""The school year at a glance: anonymous statistics, the yearly report (PDF, CSV) and
the board file a school board combines. See docs/board-file.md."""

from app.yearly.model import AnonymousReport, Count, Durations, Row, Table, YearStats
from app.yearly.period import (
    Period,
    add_months,
    custom_period,
    parse_month,
    parse_school_year,
    school_year,
    school_year_of,
)
from app.yearly.service import Statistics

__all__ = ["AnonymousReport", "Count", "Durations", "Period", "Row", "Statistics", "Table",
           "YearStats", "add_months", "custom_period", "parse_month", "parse_school_year",
           "school_year", "school_year_of"]
