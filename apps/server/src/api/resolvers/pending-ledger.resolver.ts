/**
 * Operations of the public contract that land with a later issue: the ledger (台账) writes. They are in the schema
 * so that the contract holds; until they land they refuse every call with FORBIDDEN and say so.
 * This file goes when that issue lands.
 */
import { Arg, Mutation, Resolver } from "type-graphql";
import { forbidden } from "../../common/errors.js";
import {
  BranchPayload,
  CreateOrganizationInput,
  DispatchLiaisonInput,
  DissolveBranchInput,
  EndLiaisonAssignmentInput,
  FoundBranchInput,
  LiaisonPayload,
  OrganizationPayload,
  UpdateOrganizationInput,
} from "../types/ledger.js";

const notYet = (): never => {
  throw forbidden("此功能尚未开放");
};

@Resolver()
export class PendingLedgerResolver {
  @Mutation(() => OrganizationPayload)
  createOrganization(@Arg("input", () => CreateOrganizationInput) _i: CreateOrganizationInput): OrganizationPayload {
    return notYet();
  }

  @Mutation(() => OrganizationPayload)
  updateOrganization(@Arg("input", () => UpdateOrganizationInput) _i: UpdateOrganizationInput): OrganizationPayload {
    return notYet();
  }

  @Mutation(() => BranchPayload)
  foundBranch(@Arg("input", () => FoundBranchInput) _i: FoundBranchInput): BranchPayload {
    return notYet();
  }

  @Mutation(() => BranchPayload)
  dissolveBranch(@Arg("input", () => DissolveBranchInput) _i: DissolveBranchInput): BranchPayload {
    return notYet();
  }

  @Mutation(() => LiaisonPayload)
  dispatchLiaison(@Arg("input", () => DispatchLiaisonInput) _i: DispatchLiaisonInput): LiaisonPayload {
    return notYet();
  }

  @Mutation(() => LiaisonPayload)
  endLiaisonAssignment(@Arg("input", () => EndLiaisonAssignmentInput) _i: EndLiaisonAssignmentInput): LiaisonPayload {
    return notYet();
  }
}
