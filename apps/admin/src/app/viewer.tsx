/**
 * The signed-in user (`viewer`) and what that user may see (scope), for every page under the layout.
 */
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { graphql } from "../gql";
import type { Capability, ViewerQuery } from "../gql/graphql";
import { type Scope, scopeOf } from "../lib/scope";

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      username
      displayName
      role
      capabilities
      county {
        code
        name
        fullName
      }
    }
  }
`);

export type Viewer = ViewerQuery["viewer"];

interface ViewerContextValue {
  readonly viewer: Viewer;
  readonly scope: Scope;
}

const ViewerContext = createContext<ViewerContextValue | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const value = useMemo(() => ({ viewer, scope: scopeOf(viewer) }), [viewer]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

/**
 * Whether the signed-in user's role may do this (the server's own answer, `viewer.capabilities`).
 * A county role does it in its own county only; pages offer only what is allowed, and the server
 * refuses the rest anyway.
 */
export function viewerCan(viewer: Pick<Viewer, "capabilities">, capability: Capability): boolean {
  return viewer.capabilities.includes(capability);
}

/** `viewerCan` for the signed-in user. */
export function useCan(): (capability: Capability) => boolean {
  const { viewer } = useViewer();
  return (capability) => viewerCan(viewer, capability);
}

export function useViewer(): ViewerContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error("useViewer outside ViewerProvider");
  return value;
}
