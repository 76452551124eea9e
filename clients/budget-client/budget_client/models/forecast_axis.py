from enum import StrEnum

class ForecastAxis(StrEnum):
    ACTION = "action"
    FISCAL_YEAR = "fiscal_year"
    TITLE = "title"
    UNIT_CODE = "unit_code"

    def __str__(self) -> str:
        return str(self.value)
