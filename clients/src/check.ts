// Compile-time checks that the generated types are as strict as the API promises: if a field
// became nullable, or an enum a plain string, `tsc --strict` fails here.
import type {
  EntriesQuery,
  Locale,
  PageByPathQuery,
  ProgrammeQuery,
  RoutesQuery,
  SessionFormat,
  SessionQuery,
  SpeakerRole,
  SpeakersQuery,
} from "../generated/graphql";

// `Exact<A, B>` is `true` only when A and B are the same type.
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2
  ? true
  : false;
const assert = <T extends true>(): T => true as T;

type Session = NonNullable<SessionQuery["session"]>;
assert<Exact<Session["url"], string>>();
assert<Exact<Session["title"], string>>();
assert<Exact<Session["id"], string>>();
assert<Exact<Session["format"], SessionFormat>>();
assert<Exact<Session["locale"], Locale>>();
assert<Exact<Session["speakers"][number]["role"], SpeakerRole>>();

type Programme = NonNullable<ProgrammeQuery["forum"]>;
assert<Exact<Programme["url"], string>>();
assert<Exact<Programme["translations"][number]["url"], string>>();
assert<Exact<Programme["sessions"][number]["speakers"][number]["speaker"]["url"], string>>();

type Speakers = SpeakersQuery["speakers"];
assert<Exact<Speakers["edges"][number]["node"]["url"], string>>();

type Entry = EntriesQuery["entries"]["edges"][number]["node"];
assert<Exact<Entry["url"], string>>();
assert<Exact<Entry["worldRegion"], "RUSSIA" | "CIS" | "EUROPE" | "ASIA_PACIFIC" | "MENA" | "SUB_SAHARAN_AFRICA" | "AMERICAS">>();

type Route = RoutesQuery["routes"]["edges"][number]["node"];
assert<Exact<Route["path"], string>>();
assert<Exact<Route["locale"], Locale>>();

type Page = NonNullable<PageByPathQuery["page"]>;
assert<Exact<Page["url"], string>>();

// A link a client builds from a session compiles without null checks.
export function sessionLink(session: Session): { href: string; lang: Locale } {
  return { href: session.url, lang: session.locale };
}
