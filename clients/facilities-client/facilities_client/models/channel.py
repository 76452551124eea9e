from enum import StrEnum

class Channel(StrEnum):
    INTERMINISTERIAL = "interministerial"
    OPEN_MARKET = "open_market"
    OWN_CONTRACT = "own_contract"
    UGAP = "ugap"

    def __str__(self) -> str:
        return str(self.value)
