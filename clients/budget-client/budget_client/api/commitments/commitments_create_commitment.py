from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.commitment_create import CommitmentCreate
from ...models.commitment_public import CommitmentPublic
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CommitmentCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commitments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommitmentPublic | Problem | None:
    if response.status_code == 201:
        response_201 = CommitmentPublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CommitmentPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CommitmentCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[CommitmentPublic | Problem]:
    """ Record a legal commitment (consumes AE; 409 insufficient-ae)

     Signed by a budget.manager, the unit's budget.officer, or a delegate of one (a délégation de
    signature for `budget.commit` on the unit, in force today: 403 no-delegation otherwise);
    `by_delegation_of` names the delegator.

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        idempotency_key (str | Unset):
        body (CommitmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentPublic | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: CommitmentCreate,
    idempotency_key: str | Unset = UNSET,

) -> CommitmentPublic | Problem | None:
    """ Record a legal commitment (consumes AE; 409 insufficient-ae)

     Signed by a budget.manager, the unit's budget.officer, or a delegate of one (a délégation de
    signature for `budget.commit` on the unit, in force today: 403 no-delegation otherwise);
    `by_delegation_of` names the delegator.

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        idempotency_key (str | Unset):
        body (CommitmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentPublic | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CommitmentCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[CommitmentPublic | Problem]:
    """ Record a legal commitment (consumes AE; 409 insufficient-ae)

     Signed by a budget.manager, the unit's budget.officer, or a delegate of one (a délégation de
    signature for `budget.commit` on the unit, in force today: 403 no-delegation otherwise);
    `by_delegation_of` names the delegator.

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        idempotency_key (str | Unset):
        body (CommitmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitmentPublic | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CommitmentCreate,
    idempotency_key: str | Unset = UNSET,

) -> CommitmentPublic | Problem | None:
    """ Record a legal commitment (consumes AE; 409 insufficient-ae)

     Signed by a budget.manager, the unit's budget.officer, or a delegate of one (a délégation de
    signature for `budget.commit` on the unit, in force today: 403 no-delegation otherwise);
    `by_delegation_of` names the delegator.

    **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `sg.admin`; or a delegate of one of them (délégation de signature, checked by the service).

    Args:
        idempotency_key (str | Unset):
        body (CommitmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitmentPublic | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
