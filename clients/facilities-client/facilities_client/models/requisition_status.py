from enum import StrEnum

class RequisitionStatus(StrEnum):
    APPROVED = "approved"
    AWAITING_COMMITMENT = "awaiting_commitment"
    CANCELLED = "cancelled"
    CONFIRMED = "confirmed"
    DRAFT = "draft"
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    REFUSED = "refused"
    REJECTED = "rejected"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
