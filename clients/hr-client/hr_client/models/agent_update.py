from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agent_status import AgentStatus
from ..models.category import Category
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AgentUpdate")



@_attrs_define
class AgentUpdate:
    """ Identity or career change; a career change is recorded at ``effective_date``.

        Attributes:
            address (None | str | Unset):
            birth_date (datetime.date | None | Unset):
            category (Category | None | Unset):
            corps (None | str | Unset):
            echelon (int | None | Unset):
            effective_date (datetime.date | None | Unset): Date of a career change (default: today).
            email (None | str | Unset):
            first_name (None | str | Unset):
            grade (None | str | Unset):
            last_name (None | str | Unset):
            login (None | str | Unset):
            phone (None | str | Unset):
            quotite (float | None | str | Unset):
            status (AgentStatus | None | Unset):
     """

    address: None | str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    category: Category | None | Unset = UNSET
    corps: None | str | Unset = UNSET
    echelon: int | None | Unset = UNSET
    effective_date: datetime.date | None | Unset = UNSET
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    grade: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    login: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    quotite: float | None | str | Unset = UNSET
    status: AgentStatus | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, Category):
            category = self.category.value
        else:
            category = self.category

        corps: None | str | Unset
        if isinstance(self.corps, Unset):
            corps = UNSET
        else:
            corps = self.corps

        echelon: int | None | Unset
        if isinstance(self.echelon, Unset):
            echelon = UNSET
        else:
            echelon = self.echelon

        effective_date: None | str | Unset
        if isinstance(self.effective_date, Unset):
            effective_date = UNSET
        elif isinstance(self.effective_date, datetime.date):
            effective_date = self.effective_date.isoformat()
        else:
            effective_date = self.effective_date

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        grade: None | str | Unset
        if isinstance(self.grade, Unset):
            grade = UNSET
        else:
            grade = self.grade

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        quotite: float | None | str | Unset
        if isinstance(self.quotite, Unset):
            quotite = UNSET
        else:
            quotite = self.quotite

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AgentStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if address is not UNSET:
            field_dict["address"] = address
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if category is not UNSET:
            field_dict["category"] = category
        if corps is not UNSET:
            field_dict["corps"] = corps
        if echelon is not UNSET:
            field_dict["echelon"] = echelon
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if grade is not UNSET:
            field_dict["grade"] = grade
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if login is not UNSET:
            field_dict["login"] = login
        if phone is not UNSET:
            field_dict["phone"] = phone
        if quotite is not UNSET:
            field_dict["quotite"] = quotite
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)



                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))


        def _parse_category(data: object) -> Category | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = Category(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Category | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_corps(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        corps = _parse_corps(d.pop("corps", UNSET))


        def _parse_echelon(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        echelon = _parse_echelon(d.pop("echelon", UNSET))


        def _parse_effective_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_date_type_0 = datetime.date.fromisoformat(data)



                return effective_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_date = _parse_effective_date(d.pop("effective_date", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))


        def _parse_grade(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grade = _parse_grade(d.pop("grade", UNSET))


        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))


        def _parse_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login = _parse_login(d.pop("login", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        def _parse_quotite(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        quotite = _parse_quotite(d.pop("quotite", UNSET))


        def _parse_status(data: object) -> AgentStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AgentStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        agent_update = cls(
            address=address,
            birth_date=birth_date,
            category=category,
            corps=corps,
            echelon=echelon,
            effective_date=effective_date,
            email=email,
            first_name=first_name,
            grade=grade,
            last_name=last_name,
            login=login,
            phone=phone,
            quotite=quotite,
            status=status,
        )

        return agent_update

