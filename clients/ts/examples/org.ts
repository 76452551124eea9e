// Compiled by `npm run typecheck`: the generated types describe real responses.
import type { components as Budget } from "../src/budget";
import type { paths as Hr } from "../src/hr";

type OrgUnit = Budget["schemas"]["OrgUnitDetail"];
type Problem = Budget["schemas"]["Problem"];

export const dpg: OrgUnit = {
  code: "DPG",
  name: "Département de la programmation et de la gestion",
  kind: "central",
  parent_code: "SG",
  valid_from: "2000-01-01",
  valid_to: null,
  site: "Montrouge",
  ancestors: ["SG", "DG", "INSEE"],
  children: ["DPG-BUDGET"],
  is_central: true,
};

export const notFound: Problem = {
  type: "https://sg-suite.insee.fr/problems/not-found",
  title: "Not found",
  status: 404,
  detail: "no unit DXX",
  instance: "/org/units/DXX",
};

export type HrUnitResponse =
  Hr["/org/units/{code}"]["get"]["responses"][200]["content"]["application/json"];
