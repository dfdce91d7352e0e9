import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { fromGlobalId } from "../../common/ids.js";
import type { ApiContext } from "../context.js";
import { toBranch, toContactPoint, toCounty, toLeader, toLiaison, toOrganization, toPark } from "../mappers.js";
import { toDemonstrationSite } from "../site-mappers.js";
import { Node } from "../types/common.js";
import { toMonthlyReport } from "./report.resolver.js";

const intKey = (key: string): number | null => (/^[1-9]\d{0,14}$/.test(key) ? Number(key) : null);

/** Refetches any object by its opaque id; an unknown or malformed id gives null. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true })
  async node(@Ctx() ctx: ApiContext, @Arg("id", () => ID) id: string): Promise<Node | null> {
    const parsed = fromGlobalId(id);
    if (!parsed) return null;
    if (parsed.type === "County") {
      const county = (await ctx.loaders.counties()).find((c) => c.code === parsed.key);
      return county ? toCounty(county) : null;
    }
    if (parsed.type === "MonthlyReport") {
      const report = await ctx.services.reports.byKey(parsed.key);
      return report ? toMonthlyReport(report) : null;
    }
    const key = intKey(parsed.key);
    if (key === null) return null;
    switch (parsed.type) {
      case "Organization": {
        const o = await ctx.loaders.organization.load(key);
        return o ? toOrganization(o) : null;
      }
      case "Branch": {
        const b = await ctx.loaders.branch.load(key);
        return b ? toBranch(b) : null;
      }
      case "Liaison": {
        const l = await ctx.loaders.liaison.load(key);
        return l ? toLiaison(l) : null;
      }
      case "Park": {
        const p = await ctx.loaders.park.load(key);
        return p ? toPark(p) : null;
      }
      case "Leader": {
        const l = await ctx.loaders.leader.load(key);
        return l ? toLeader(l) : null;
      }
      case "ContactPoint": {
        const c = await ctx.loaders.contactPoint.load(key);
        return c ? toContactPoint(c) : null;
      }
      case "DemonstrationSite": {
        const s = await ctx.loaders.demonstrationSite.load(key);
        return s ? toDemonstrationSite(s) : null;
      }
      default:
        return null;
    }
  }
}
