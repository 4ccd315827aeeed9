"""Statements: raw tables into financial statements (kind, units, periods, each line's concept and sign),
and the choices only the arithmetic can make (a missing scale, an unstated column length)."""
