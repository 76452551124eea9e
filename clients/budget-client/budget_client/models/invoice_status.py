from enum import StrEnum

class InvoiceStatus(StrEnum):
    PAID = "paid"
    RECEIVED = "received"
    REJECTED = "rejected"
    SUSPENDED = "suspended"
    TO_PAY = "to_pay"

    def __str__(self) -> str:
        return str(self.value)
