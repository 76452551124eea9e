from enum import StrEnum

class StudyTopic(StrEnum):
    COLLECTION_MODE = "collection_mode"
    EDITING_IMPUTATION = "editing_imputation"
    OTHER = "other"
    PROCESSING = "processing"
    RESPONSE_RATES = "response_rates"
    SAMPLING = "sampling"

    def __str__(self) -> str:
        return str(self.value)
