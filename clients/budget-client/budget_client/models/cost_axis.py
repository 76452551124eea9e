from enum import StrEnum

class CostAxis(StrEnum):
    ACTIVITY = "activity"
    OPERATION_ID = "operation_id"
    UNIT_CODE = "unit_code"

    def __str__(self) -> str:
        return str(self.value)
