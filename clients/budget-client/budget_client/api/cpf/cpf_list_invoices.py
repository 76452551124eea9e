from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.invoice_page import InvoicePage
from ...models.invoice_status import InvoiceStatus
from ...models.network import Network
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: InvoiceStatus | None | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,
    commitment_id: int | None | Unset = UNSET,
    network: Network | None | Unset = UNSET,
    directorate: None | str | Unset = UNSET,
    due_within: int | None | Unset = UNSET,
    late: bool | None | Unset = UNSET,
    fiscal_year: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, InvoiceStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_unit_code: None | str | Unset
    if isinstance(unit_code, Unset):
        json_unit_code = UNSET
    else:
        json_unit_code = unit_code
    params["unit_code"] = json_unit_code

    json_commitment_id: int | None | Unset
    if isinstance(commitment_id, Unset):
        json_commitment_id = UNSET
    else:
        json_commitment_id = commitment_id
    params["commitment_id"] = json_commitment_id

    json_network: None | str | Unset
    if isinstance(network, Unset):
        json_network = UNSET
    elif isinstance(network, Network):
        json_network = network.value
    else:
        json_network = network
    params["network"] = json_network

    json_directorate: None | str | Unset
    if isinstance(directorate, Unset):
        json_directorate = UNSET
    else:
        json_directorate = directorate
    params["directorate"] = json_directorate

    json_due_within: int | None | Unset
    if isinstance(due_within, Unset):
        json_due_within = UNSET
    else:
        json_due_within = due_within
    params["due_within"] = json_due_within

    json_late: bool | None | Unset
    if isinstance(late, Unset):
        json_late = UNSET
    else:
        json_late = late
    params["late"] = json_late

    json_fiscal_year: int | None | Unset
    if isinstance(fiscal_year, Unset):
        json_fiscal_year = UNSET
    else:
        json_fiscal_year = fiscal_year
    params["fiscal_year"] = json_fiscal_year

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    params["count"] = count


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvoicePage | Problem | None:
    if response.status_code == 200:
        response_200 = InvoicePage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvoicePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: InvoiceStatus | None | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,
    commitment_id: int | None | Unset = UNSET,
    network: Network | None | Unset = UNSET,
    directorate: None | str | Unset = UNSET,
    due_within: int | None | Unset = UNSET,
    late: bool | None | Unset = UNSET,
    fiscal_year: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Response[InvoicePage | Problem]:
    """ The CPF worklist: invoices by state, network, unit; at risk (due in ≤ N days)

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        status (InvoiceStatus | None | Unset):
        unit_code (None | str | Unset):
        commitment_id (int | None | Unset):
        network (Network | None | Unset): central services or regions
        directorate (None | str | Unset): A DR code: its subtree
        due_within (int | None | Unset): At risk: open (received / to pay), due in ≤ N days
        late (bool | None | Unset): Open and past due
        fiscal_year (int | None | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `amount_ht`,
            `amount_ttc`, `created_at`, `due_on`, `fiscal_year`, `number`, `paid_on`, `received_on`,
            `status`, `supplier`, `unit_code`; `-` before a field sorts it descending (`-a,b`). The
            list's default order breaks ties (its id last), so paging is exact; NULLs come after every
            value (first when descending). Without it, the list's default order. A cursor belongs to
            the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoicePage | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
unit_code=unit_code,
commitment_id=commitment_id,
network=network,
directorate=directorate,
due_within=due_within,
late=late,
fiscal_year=fiscal_year,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    status: InvoiceStatus | None | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,
    commitment_id: int | None | Unset = UNSET,
    network: Network | None | Unset = UNSET,
    directorate: None | str | Unset = UNSET,
    due_within: int | None | Unset = UNSET,
    late: bool | None | Unset = UNSET,
    fiscal_year: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> InvoicePage | Problem | None:
    """ The CPF worklist: invoices by state, network, unit; at risk (due in ≤ N days)

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        status (InvoiceStatus | None | Unset):
        unit_code (None | str | Unset):
        commitment_id (int | None | Unset):
        network (Network | None | Unset): central services or regions
        directorate (None | str | Unset): A DR code: its subtree
        due_within (int | None | Unset): At risk: open (received / to pay), due in ≤ N days
        late (bool | None | Unset): Open and past due
        fiscal_year (int | None | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `amount_ht`,
            `amount_ttc`, `created_at`, `due_on`, `fiscal_year`, `number`, `paid_on`, `received_on`,
            `status`, `supplier`, `unit_code`; `-` before a field sorts it descending (`-a,b`). The
            list's default order breaks ties (its id last), so paging is exact; NULLs come after every
            value (first when descending). Without it, the list's default order. A cursor belongs to
            the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoicePage | Problem
     """


    return sync_detailed(
        client=client,
status=status,
unit_code=unit_code,
commitment_id=commitment_id,
network=network,
directorate=directorate,
due_within=due_within,
late=late,
fiscal_year=fiscal_year,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: InvoiceStatus | None | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,
    commitment_id: int | None | Unset = UNSET,
    network: Network | None | Unset = UNSET,
    directorate: None | str | Unset = UNSET,
    due_within: int | None | Unset = UNSET,
    late: bool | None | Unset = UNSET,
    fiscal_year: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> Response[InvoicePage | Problem]:
    """ The CPF worklist: invoices by state, network, unit; at risk (due in ≤ N days)

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        status (InvoiceStatus | None | Unset):
        unit_code (None | str | Unset):
        commitment_id (int | None | Unset):
        network (Network | None | Unset): central services or regions
        directorate (None | str | Unset): A DR code: its subtree
        due_within (int | None | Unset): At risk: open (received / to pay), due in ≤ N days
        late (bool | None | Unset): Open and past due
        fiscal_year (int | None | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `amount_ht`,
            `amount_ttc`, `created_at`, `due_on`, `fiscal_year`, `number`, `paid_on`, `received_on`,
            `status`, `supplier`, `unit_code`; `-` before a field sorts it descending (`-a,b`). The
            list's default order breaks ties (its id last), so paging is exact; NULLs come after every
            value (first when descending). Without it, the list's default order. A cursor belongs to
            the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoicePage | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
unit_code=unit_code,
commitment_id=commitment_id,
network=network,
directorate=directorate,
due_within=due_within,
late=late,
fiscal_year=fiscal_year,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    status: InvoiceStatus | None | Unset = UNSET,
    unit_code: None | str | Unset = UNSET,
    commitment_id: int | None | Unset = UNSET,
    network: Network | None | Unset = UNSET,
    directorate: None | str | Unset = UNSET,
    due_within: int | None | Unset = UNSET,
    late: bool | None | Unset = UNSET,
    fiscal_year: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    count: bool | Unset = False,

) -> InvoicePage | Problem | None:
    """ The CPF worklist: invoices by state, network, unit; at risk (due in ≤ N days)

     **Roles:** `budget.manager` (every unit), `budget.officer` (own units and their sub-units),
    `budget.controller` (every unit), `budget.accountant` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        status (InvoiceStatus | None | Unset):
        unit_code (None | str | Unset):
        commitment_id (int | None | Unset):
        network (Network | None | Unset): central services or regions
        directorate (None | str | Unset): A DR code: its subtree
        due_within (int | None | Unset): At risk: open (received / to pay), due in ≤ N days
        late (bool | None | Unset): Open and past due
        fiscal_year (int | None | Unset):
        limit (int | Unset): Page size (at most 200). Default: 50.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor.
        sort (None | str | Unset): Order of the list: comma-separated fields among `amount_ht`,
            `amount_ttc`, `created_at`, `due_on`, `fiscal_year`, `number`, `paid_on`, `received_on`,
            `status`, `supplier`, `unit_code`; `-` before a field sorts it descending (`-a,b`). The
            list's default order breaks ties (its id last), so paging is exact; NULLs come after every
            value (first when descending). Without it, the list's default order. A cursor belongs to
            the sort it was given with.
        count (bool | Unset): `true` adds `total`: how many items the filtered list holds.
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoicePage | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
unit_code=unit_code,
commitment_id=commitment_id,
network=network,
directorate=directorate,
due_within=due_within,
late=late,
fiscal_year=fiscal_year,
limit=limit,
cursor=cursor,
sort=sort,
count=count,

    )).parsed
