"""forecasts domain."""
