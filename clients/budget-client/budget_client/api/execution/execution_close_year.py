from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.carry_over_public import CarryOverPublic
from ...models.problem import Problem
from ...models.year_close_request import YearCloseRequest
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    fiscal_year: int,
    *,
    body: YearCloseRequest,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/execution/{fiscal_year}/close".format(fiscal_year=quote(str(fiscal_year), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[CarryOverPublic] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in (_response_201):
            response_201_item = CarryOverPublic.from_dict(response_201_item_data)



            response_201.append(response_201_item)

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[CarryOverPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fiscal_year: int,
    *,
    client: AuthenticatedClient,
    body: YearCloseRequest,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | list[CarryOverPublic]]:
    """ Year-end close: carry open commitments' unpaid AE over to next year; close the year

     **Roles:** `budget.manager` (every unit), `sg.admin`.

    Args:
        fiscal_year (int):
        idempotency_key (str | Unset):
        body (YearCloseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CarryOverPublic]]
     """


    kwargs = _get_kwargs(
        fiscal_year=fiscal_year,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    fiscal_year: int,
    *,
    client: AuthenticatedClient,
    body: YearCloseRequest,
    idempotency_key: str | Unset = UNSET,

) -> Problem | list[CarryOverPublic] | None:
    """ Year-end close: carry open commitments' unpaid AE over to next year; close the year

     **Roles:** `budget.manager` (every unit), `sg.admin`.

    Args:
        fiscal_year (int):
        idempotency_key (str | Unset):
        body (YearCloseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CarryOverPublic]
     """


    return sync_detailed(
        fiscal_year=fiscal_year,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    fiscal_year: int,
    *,
    client: AuthenticatedClient,
    body: YearCloseRequest,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | list[CarryOverPublic]]:
    """ Year-end close: carry open commitments' unpaid AE over to next year; close the year

     **Roles:** `budget.manager` (every unit), `sg.admin`.

    Args:
        fiscal_year (int):
        idempotency_key (str | Unset):
        body (YearCloseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[CarryOverPublic]]
     """


    kwargs = _get_kwargs(
        fiscal_year=fiscal_year,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    fiscal_year: int,
    *,
    client: AuthenticatedClient,
    body: YearCloseRequest,
    idempotency_key: str | Unset = UNSET,

) -> Problem | list[CarryOverPublic] | None:
    """ Year-end close: carry open commitments' unpaid AE over to next year; close the year

     **Roles:** `budget.manager` (every unit), `sg.admin`.

    Args:
        fiscal_year (int):
        idempotency_key (str | Unset):
        body (YearCloseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[CarryOverPublic]
     """


    return (await asyncio_detailed(
        fiscal_year=fiscal_year,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
