"""The year overview: the yearly figures on screen, with drill-down into the cases."""
