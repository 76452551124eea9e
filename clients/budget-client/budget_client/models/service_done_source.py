from enum import StrEnum

class ServiceDoneSource(StrEnum):
    API = "api"
    RECEIPT = "receipt"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
