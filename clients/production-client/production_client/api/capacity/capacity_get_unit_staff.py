from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.unit_staff import UnitStaff
from typing import cast
import datetime



def _get_kwargs(
    unit_code: str,
    *,
    start: datetime.date,
    end: datetime.date,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_start = start.isoformat()
    params["start"] = json_start

    json_end = end.isoformat()
    params["end"] = json_end


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/capacity/staff/{unit_code}".format(unit_code=quote(str(unit_code), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UnitStaff | None:
    if response.status_code == 200:
        response_200 = UnitStaff.from_dict(response.json())



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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UnitStaff]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_code: str,
    *,
    client: AuthenticatedClient,
    start: datetime.date,
    end: datetime.date,

) -> Response[Problem | UnitStaff]:
    """ Get Unit Staff

     Staff assigned to a unit (and its sub-units) over a window (``agent.assigned``).

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        start (datetime.date):
        end (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitStaff]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
start=start,
end=end,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    unit_code: str,
    *,
    client: AuthenticatedClient,
    start: datetime.date,
    end: datetime.date,

) -> Problem | UnitStaff | None:
    """ Get Unit Staff

     Staff assigned to a unit (and its sub-units) over a window (``agent.assigned``).

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        start (datetime.date):
        end (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitStaff
     """


    return sync_detailed(
        unit_code=unit_code,
client=client,
start=start,
end=end,

    ).parsed

async def asyncio_detailed(
    unit_code: str,
    *,
    client: AuthenticatedClient,
    start: datetime.date,
    end: datetime.date,

) -> Response[Problem | UnitStaff]:
    """ Get Unit Staff

     Staff assigned to a unit (and its sub-units) over a window (``agent.assigned``).

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        start (datetime.date):
        end (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitStaff]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
start=start,
end=end,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    unit_code: str,
    *,
    client: AuthenticatedClient,
    start: datetime.date,
    end: datetime.date,

) -> Problem | UnitStaff | None:
    """ Get Unit Staff

     Staff assigned to a unit (and its sub-units) over a window (``agent.assigned``).

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        start (datetime.date):
        end (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitStaff
     """


    return (await asyncio_detailed(
        unit_code=unit_code,
client=client,
start=start,
end=end,

    )).parsed
