from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.operation_kind import OperationKind
from ...models.portfolio import Portfolio
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    from_: str,
    to: str,
    kind: None | OperationKind | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, OperationKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portfolio",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Portfolio | Problem | None:
    if response.status_code == 200:
        response_200 = Portfolio.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Portfolio | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    kind: None | OperationKind | Unset = UNSET,

) -> Response[Portfolio | Problem]:
    """ Operations by month

     Operations in scope active in each month of the window (at most 36 months).

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        from_ (str):
        to (str):
        kind (None | OperationKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Portfolio | Problem]
     """


    kwargs = _get_kwargs(
        from_=from_,
to=to,
kind=kind,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    kind: None | OperationKind | Unset = UNSET,

) -> Portfolio | Problem | None:
    """ Operations by month

     Operations in scope active in each month of the window (at most 36 months).

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        from_ (str):
        to (str):
        kind (None | OperationKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Portfolio | Problem
     """


    return sync_detailed(
        client=client,
from_=from_,
to=to,
kind=kind,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    kind: None | OperationKind | Unset = UNSET,

) -> Response[Portfolio | Problem]:
    """ Operations by month

     Operations in scope active in each month of the window (at most 36 months).

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        from_ (str):
        to (str):
        kind (None | OperationKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Portfolio | Problem]
     """


    kwargs = _get_kwargs(
        from_=from_,
to=to,
kind=kind,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    kind: None | OperationKind | Unset = UNSET,

) -> Portfolio | Problem | None:
    """ Operations by month

     Operations in scope active in each month of the window (at most 36 months).

    **Roles:** `production.manager` (every unit), `production.lead` (own units and their sub-units),
    `production.contributor` (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        from_ (str):
        to (str):
        kind (None | OperationKind | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Portfolio | Problem
     """


    return (await asyncio_detailed(
        client=client,
from_=from_,
to=to,
kind=kind,

    )).parsed
