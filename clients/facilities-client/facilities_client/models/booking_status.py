from enum import StrEnum

class BookingStatus(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        return str(self.value)
