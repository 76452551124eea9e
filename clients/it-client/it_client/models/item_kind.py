from enum import StrEnum

class ItemKind(StrEnum):
    HARDWARE = "hardware"
    NETWORK = "network"
    SOFTWARE = "software"

    def __str__(self) -> str:
        return str(self.value)
