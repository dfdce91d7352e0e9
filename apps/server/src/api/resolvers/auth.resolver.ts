import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { unauthenticated } from "../../common/errors.js";
import { CAPABILITIES, type Capability, can } from "../../common/policy.js";
import { isRole } from "../../common/roles.js";
import type { UserEntity } from "../../entity/entities.js";
import type { ApiContext } from "../context.js";
import { toCounty } from "../mappers.js";
import { LoginInput, LoginPayload, User } from "../types/auth.js";
import { UserError } from "../types/common.js";
import { CapabilityEnum } from "../types/enums.js";
import { County } from "../types/hierarchy.js";

export function toUser(u: UserEntity): User {
  if (!isRole(u.role)) throw new Error(`user ${u.id} has an unknown role`);
  return Object.assign(new User(), {
    username: u.username,
    role: u.role,
    countyCode: u.countyCode,
    displayName: u.displayName,
    disabled: Boolean(u.disabled),
  });
}

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { description: "The signed-in user." })
  viewer(@Ctx() ctx: ApiContext): User {
    const v = ctx.viewer;
    if (!v) throw unauthenticated();
    return Object.assign(new User(), {
      username: v.username,
      role: v.role,
      countyCode: v.countyCode,
      displayName: v.displayName,
      disabled: false,
    });
  }

  @Mutation(() => LoginPayload)
  async login(@Ctx() ctx: ApiContext, @Arg("input", () => LoginInput) input: LoginInput): Promise<LoginPayload> {
    const result = await ctx.services.auth.login(input.username, input.password, ctx.address);
    if (!result.ok) {
      return Object.assign(new LoginPayload(), {
        token: null,
        user: null,
        expiresAt: null,
        userErrors: [UserError.of("INVALID_INPUT", result.message, ["input", "password"])],
      });
    }
    return Object.assign(new LoginPayload(), {
      token: result.token,
      user: toUser(result.user),
      expiresAt: result.expiresAt,
      userErrors: [],
    });
  }

  @FieldResolver(() => County, { nullable: true, description: "Null for city-wide roles." })
  async county(@Root() user: User, @Ctx() ctx: ApiContext): Promise<County | null> {
    if (!user.countyCode) return null;
    const county = (await ctx.loaders.counties()).find((c) => c.code === user.countyCode);
    return county ? toCounty(county) : null;
  }

  @FieldResolver(() => [CapabilityEnum], {
    description: "What this user's role may do; a county role does it in its own county only.",
  })
  capabilities(@Root() user: User): Capability[] {
    return CAPABILITIES.filter((capability) => can(user.role, capability));
  }
}
