import { describe, expect, it } from "vitest";
import { throttleAddress } from "../../../server/auth/sign-in-throttle.ts";

describe("the address a sign-in is counted by", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["2001:db8:4:7::1", "2001:db8:4:7::/64"],
    ["2001:0DB8:0004:0007:ffff:ffff:ffff:ffff", "2001:db8:4:7::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["::2:3:4:5:6:7:8", "0:2:3:4::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["64:ff9b:1:2:3:4:198.51.100.7", "64:ff9b:1:2::/64"],
    ["not an address", "not an address"],
  ])("%s counts as %s", (source, counted) => {
    expect(throttleAddress(source)).toBe(counted);
  });

  it("counts requests with no known address together", () => {
    expect(throttleAddress(null)).toBe("unknown");
  });
});
