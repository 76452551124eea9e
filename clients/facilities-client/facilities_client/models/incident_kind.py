from enum import StrEnum

class IncidentKind(StrEnum):
    COMMUTING_ACCIDENT = "commuting_accident"
    INCIDENT = "incident"
    NEAR_MISS = "near_miss"
    WORK_ACCIDENT = "work_accident"

    def __str__(self) -> str:
        return str(self.value)
