from enum import StrEnum

class Title(StrEnum):
    T2 = "T2"
    T3 = "T3"
    T5 = "T5"
    T6 = "T6"

    def __str__(self) -> str:
        return str(self.value)
