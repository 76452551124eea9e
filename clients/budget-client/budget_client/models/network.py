from enum import StrEnum

class Network(StrEnum):
    CENTRAL = "central"
    REGIONAL = "regional"

    def __str__(self) -> str:
        return str(self.value)
