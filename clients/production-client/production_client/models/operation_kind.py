from enum import StrEnum

class OperationKind(StrEnum):
    BUSINESS_SURVEY = "business_survey"
    CENSUS = "census"
    HOUSEHOLD_SURVEY = "household_survey"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
