from enum import StrEnum

class SpaceKind(StrEnum):
    MEETING_ROOM = "meeting_room"
    OFFICE = "office"
    OPEN_SPACE = "open_space"
    OTHER = "other"
    STORAGE = "storage"

    def __str__(self) -> str:
        return str(self.value)
