from enum import StrEnum

class OrgKind(StrEnum):
    CENTRAL = "central"
    NATIONAL_CENTRE = "national_centre"
    REGIONAL = "regional"

    def __str__(self) -> str:
        return str(self.value)
