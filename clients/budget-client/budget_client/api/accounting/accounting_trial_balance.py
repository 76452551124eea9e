from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.trial_balance import TrialBalance
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    period_from: None | str | Unset = UNSET,
    period_to: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_period_from: None | str | Unset
    if isinstance(period_from, Unset):
        json_period_from = UNSET
    else:
        json_period_from = period_from
    params["period_from"] = json_period_from

    json_period_to: None | str | Unset
    if isinstance(period_to, Unset):
        json_period_to = UNSET
    else:
        json_period_to = period_to
    params["period_to"] = json_period_to


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/trial-balance",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TrialBalance | None:
    if response.status_code == 200:
        response_200 = TrialBalance.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TrialBalance]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period_from: None | str | Unset = UNSET,
    period_to: None | str | Unset = UNSET,

) -> Response[Problem | TrialBalance]:
    """ Balance générale: debit and credit per account

     **Roles:** `budget.manager` (every unit), `budget.controller` (every unit), `budget.accountant`
    (every unit), `sg.admin`, `sg.auditor`.

    Args:
        period_from (None | str | Unset):
        period_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrialBalance]
     """


    kwargs = _get_kwargs(
        period_from=period_from,
period_to=period_to,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    period_from: None | str | Unset = UNSET,
    period_to: None | str | Unset = UNSET,

) -> Problem | TrialBalance | None:
    """ Balance générale: debit and credit per account

     **Roles:** `budget.manager` (every unit), `budget.controller` (every unit), `budget.accountant`
    (every unit), `sg.admin`, `sg.auditor`.

    Args:
        period_from (None | str | Unset):
        period_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrialBalance
     """


    return sync_detailed(
        client=client,
period_from=period_from,
period_to=period_to,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period_from: None | str | Unset = UNSET,
    period_to: None | str | Unset = UNSET,

) -> Response[Problem | TrialBalance]:
    """ Balance générale: debit and credit per account

     **Roles:** `budget.manager` (every unit), `budget.controller` (every unit), `budget.accountant`
    (every unit), `sg.admin`, `sg.auditor`.

    Args:
        period_from (None | str | Unset):
        period_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrialBalance]
     """


    kwargs = _get_kwargs(
        period_from=period_from,
period_to=period_to,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    period_from: None | str | Unset = UNSET,
    period_to: None | str | Unset = UNSET,

) -> Problem | TrialBalance | None:
    """ Balance générale: debit and credit per account

     **Roles:** `budget.manager` (every unit), `budget.controller` (every unit), `budget.accountant`
    (every unit), `sg.admin`, `sg.auditor`.

    Args:
        period_from (None | str | Unset):
        period_to (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrialBalance
     """


    return (await asyncio_detailed(
        client=client,
period_from=period_from,
period_to=period_to,

    )).parsed
