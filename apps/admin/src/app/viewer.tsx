/**
 * The signed-in user (`viewer`) and what that user may see (scope), for every page under the layout.
 */
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { graphql } from "../gql";
import type { ViewerQuery } from "../gql/graphql";
import { type Scope, scopeOf } from "../lib/scope";

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      username
      displayName
      role
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

export function useViewer(): ViewerContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error("useViewer outside ViewerProvider");
  return value;
}
