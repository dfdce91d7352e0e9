/**
 * type-graphql's authChecker: `@Authorized()` needs a signed-in user, `@Authorized("CAPABILITY", …)`
 * a role that holds one of the capabilities (common/policy.ts). Refusals carry the contract's codes.
 */
import type { AuthChecker } from "type-graphql";
import { forbidden, unauthenticated } from "../common/errors.js";
import { type Capability, can } from "../common/policy.js";
import type { ApiContext } from "./context.js";

export const authChecker: AuthChecker<ApiContext, Capability> = ({ context }, capabilities) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (capabilities.length === 0 || capabilities.some((c) => can(viewer.role, c))) return true;
  throw forbidden("当前角色无权执行此操作");
};
