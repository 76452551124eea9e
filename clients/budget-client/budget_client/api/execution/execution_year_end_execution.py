from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.axis import Axis
from ...models.problem import Problem
from ...models.title import Title
from ...models.year_end_execution import YearEndExecution
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    fiscal_year: int,
    group_by: list[Axis] | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    title: None | Title | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["fiscal_year"] = fiscal_year

    json_group_by: list[str] | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = []
        for group_by_item_data in group_by:
            group_by_item = group_by_item_data.value
            json_group_by.append(group_by_item)


    params["group_by"] = json_group_by

    json_unit_code: None | str | Unset
    if isinstance(unit_code, Unset):
        json_unit_code = UNSET
    else:
        json_unit_code = unit_code
    params["unit_code"] = json_unit_code

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_title: None | str | Unset
    if isinstance(title, Unset):
        json_title = UNSET
    elif isinstance(title, Title):
        json_title = title.value
    else:
        json_title = title
    params["title"] = json_title


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/execution/year-end",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[YearEndExecution] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = YearEndExecution.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[YearEndExecution]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fiscal_year: int,
    group_by: list[Axis] | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    title: None | Title | Unset = UNSET,

) -> Response[Problem | list[YearEndExecution]]:
    """ Retrospective execution: consumed, carry-over, variance against forecast

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        fiscal_year (int):
        group_by (list[Axis] | Unset):
        unit_code (None | str | Unset):
        action (None | str | Unset):
        title (None | Title | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[YearEndExecution]]
     """


    kwargs = _get_kwargs(
        fiscal_year=fiscal_year,
group_by=group_by,
unit_code=unit_code,
action=action,
title=title,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    fiscal_year: int,
    group_by: list[Axis] | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    title: None | Title | Unset = UNSET,

) -> Problem | list[YearEndExecution] | None:
    """ Retrospective execution: consumed, carry-over, variance against forecast

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        fiscal_year (int):
        group_by (list[Axis] | Unset):
        unit_code (None | str | Unset):
        action (None | str | Unset):
        title (None | Title | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[YearEndExecution]
     """


    return sync_detailed(
        client=client,
fiscal_year=fiscal_year,
group_by=group_by,
unit_code=unit_code,
action=action,
title=title,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fiscal_year: int,
    group_by: list[Axis] | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    title: None | Title | Unset = UNSET,

) -> Response[Problem | list[YearEndExecution]]:
    """ Retrospective execution: consumed, carry-over, variance against forecast

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        fiscal_year (int):
        group_by (list[Axis] | Unset):
        unit_code (None | str | Unset):
        action (None | str | Unset):
        title (None | Title | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[YearEndExecution]]
     """


    kwargs = _get_kwargs(
        fiscal_year=fiscal_year,
group_by=group_by,
unit_code=unit_code,
action=action,
title=title,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    fiscal_year: int,
    group_by: list[Axis] | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    title: None | Title | Unset = UNSET,

) -> Problem | list[YearEndExecution] | None:
    """ Retrospective execution: consumed, carry-over, variance against forecast

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        fiscal_year (int):
        group_by (list[Axis] | Unset):
        unit_code (None | str | Unset):
        action (None | str | Unset):
        title (None | Title | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[YearEndExecution]
     """


    return (await asyncio_detailed(
        client=client,
fiscal_year=fiscal_year,
group_by=group_by,
unit_code=unit_code,
action=action,
title=title,

    )).parsed
