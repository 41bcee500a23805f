/** "Loại hình đơn vị" and "Cấp đơn vị" in the clerk's words → the unit under Thông tư 24/2023. */
import { classifyTt24Unit, parseTier, UNIT_TYPE_CHOICES } from "../../../src/core/read/unit-type";
import { TT24_UNIT_TYPES } from "../../../src/core/rules/tt24";
import type { Tt24Tier, Tt24UnitType } from "../../../src/core/rules/schema";

const nfd = (s: string) => s.normalize("NFD");

type Want = { types: Tt24UnitType[]; public: boolean; tier: Tt24Tier; learners?: boolean; economic?: boolean };

describe("types, public or not, learners and the default tier from the clerk's words", () => {
  test.each<[string, Want]>([
    // Preschool
    ["Nhà trẻ", { types: ["nha-tre"], public: true, tier: "cap-huyen", learners: false }],
    ["Nhà trẻ tư thục Hoa Mai", { types: ["nha-tre"], public: false, tier: "cap-huyen" }],
    ["Trường mẫu giáo", { types: ["mau-giao"], public: true, tier: "cap-huyen" }],
    ["Trường Mẫu giáo dân lập", { types: ["mau-giao"], public: false, tier: "cap-huyen" }],
    ["Trường mầm non công lập", { types: ["mam-non"], public: true, tier: "cap-huyen" }],
    ["Trường mầm non tư thục", { types: ["mam-non"], public: false, tier: "cap-huyen" }],
    ["Trường MN ngoài công lập", { types: ["mam-non"], public: false, tier: "cap-huyen" }],
    ["MN", { types: ["mam-non"], public: true, tier: "cap-huyen" }],
    ["TRƯỜNG MẦM NON", { types: ["mam-non"], public: true, tier: "cap-huyen" }],
    // Primary and lower secondary
    ["Trường tiểu học công lập", { types: ["tieu-hoc"], public: true, tier: "cap-huyen", learners: false }],
    ["Trường tiểu học", { types: ["tieu-hoc"], public: true, tier: "cap-huyen" }],
    ["Trường TH", { types: ["tieu-hoc"], public: true, tier: "cap-huyen" }],
    ["TH", { types: ["tieu-hoc"], public: true, tier: "cap-huyen" }],
    ["Tiểu học tư thục", { types: ["tieu-hoc"], public: false, tier: "cap-huyen" }],
    ["Trường THCS", { types: ["thcs"], public: true, tier: "cap-huyen", learners: false }],
    ["Trường trung học cơ sở công lập", { types: ["thcs"], public: true, tier: "cap-huyen" }],
    ["Trường TH&THCS", { types: ["pho-thong-nhieu-cap-thcs"], public: true, tier: "cap-huyen", learners: false }],
    ["Trường TH và THCS", { types: ["pho-thong-nhieu-cap-thcs"], public: true, tier: "cap-huyen" }],
    ["Trường TH - THCS", { types: ["pho-thong-nhieu-cap-thcs"], public: true, tier: "cap-huyen" }],
    ["Trường liên cấp TH-THCS", { types: ["pho-thong-nhieu-cap-thcs"], public: true, tier: "cap-huyen" }],
    ["Trường phổ thông có nhiều cấp học, cao nhất là THCS", { types: ["pho-thong-nhieu-cap-thcs"], public: true, tier: "cap-huyen" }],
    ["Trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học cơ sở", { types: ["pho-thong-nhieu-cap-thcs"], public: true, tier: "cap-huyen" }],
    // Ethnic schools
    ["Trường PTDT bán trú", { types: ["ptdt-ban-tru"], public: true, tier: "cap-huyen", learners: false }],
    ["Trường PTDTBT TH&THCS Nậm Ban", { types: ["ptdt-ban-tru"], public: true, tier: "cap-huyen" }],
    ["Trường phổ thông dân tộc bán trú tiểu học", { types: ["ptdt-ban-tru"], public: true, tier: "cap-huyen" }],
    ["Trường PTDT nội trú huyện", { types: ["ptdt-noi-tru-huyen"], public: true, tier: "cap-huyen", learners: false }],
    ["Trường PTDTNT THCS Mường Tè", { types: ["ptdt-noi-tru-huyen"], public: true, tier: "cap-huyen" }],
    ["Trường PTDT nội trú tỉnh", { types: ["ptdt-noi-tru-tinh"], public: true, tier: "cap-tinh", learners: true }],
    ["Trường PTDTNT THPT", { types: ["ptdt-noi-tru-tinh"], public: true, tier: "cap-tinh" }],
    // Upper secondary
    ["Trường THPT", { types: ["thpt"], public: true, tier: "cap-tinh", learners: true }],
    ["Trường trung học phổ thông", { types: ["thpt"], public: true, tier: "cap-tinh" }],
    ["Trường THPT chuyên", { types: ["thpt"], public: true, tier: "cap-tinh" }],
    ["Trường THPT tư thục", { types: ["thpt"], public: false, tier: "cap-tinh" }],
    ["Trường THPT chuyên Đại học Sư phạm", { types: ["thpt"], public: true, tier: "cap-tinh" }],
    ["Trường THCS&THPT", { types: ["pho-thong-nhieu-cap-thpt"], public: true, tier: "cap-tinh", learners: true }],
    ["Trường THCS và THPT", { types: ["pho-thong-nhieu-cap-thpt"], public: true, tier: "cap-tinh" }],
    ["Trường TH, THCS và THPT", { types: ["pho-thong-nhieu-cap-thpt"], public: true, tier: "cap-tinh" }],
    ["Trường phổ thông có nhiều cấp học, cao nhất là THPT", { types: ["pho-thong-nhieu-cap-thpt"], public: true, tier: "cap-tinh" }],
    // Continuing, vocational, higher education
    ["Trung tâm GDTX", { types: ["gdtx"], public: true, tier: "cap-tinh", learners: true }],
    ["Trung tâm giáo dục thường xuyên tỉnh", { types: ["gdtx"], public: true, tier: "cap-tinh" }],
    ["Trung tâm GDNN", { types: ["trung-tam-gdnn"], public: true, tier: "cap-huyen", learners: true }],
    ["TT GDNN huyện Mỹ Đức", { types: ["trung-tam-gdnn"], public: true, tier: "cap-huyen" }],
    ["Trung tâm GDNN – GDTX huyện Thủ Thừa", { types: ["gdtx", "trung-tam-gdnn"], public: true, tier: "cap-huyen", learners: true }],
    ["Trung tâm GDNN-GDTX tỉnh", { types: ["gdtx", "trung-tam-gdnn"], public: true, tier: "cap-tinh" }],
    ["TTGDNN-GDTX huyện Cần Giuộc", { types: ["gdtx", "trung-tam-gdnn"], public: true, tier: "cap-huyen" }],
    ["Trường Trung cấp nghề", { types: ["trung-cap"], public: true, tier: "cap-tinh", learners: true }],
    ["Trường Cao đẳng Y tế", { types: ["cao-dang"], public: true, tier: "cap-tinh" }],
    ["Trường CĐ nghề tư thục", { types: ["cao-dang"], public: false, tier: "cap-tinh" }],
    ["Trường Đại học", { types: ["dai-hoc"], public: true, tier: "cap-tinh", learners: true }],
    ["Trường ĐH tư thục", { types: ["dai-hoc"], public: false, tier: "cap-tinh" }],
    ["Học viện", { types: ["dai-hoc"], public: true, tier: "cap-tinh" }],
    ["Trường Dự bị đại học dân tộc", { types: ["co-so-giao-duc-khac-cap-tinh"], public: true, tier: "cap-tinh", learners: true }],
    ["Trường năng khiếu thể thao", { types: ["co-so-giao-duc-khac-cap-tinh"], public: true, tier: "cap-tinh" }],
    ["Trung tâm hỗ trợ phát triển giáo dục hòa nhập", { types: ["co-so-giao-duc-khac-cap-tinh"], public: true, tier: "cap-tinh" }],
  ])("%s", (text, want) => {
    for (const t of [text, nfd(text)]) {
      const r = classifyTt24Unit(t);
      expect(r).toMatchObject({ ok: true, tierFrom: expect.stringMatching(/^(type|words)$/) });
      if (!r.ok) return;
      expect(r.unit).toMatchObject({ types: want.types, public: want.public, tier: want.tier, economic: want.economic ?? false });
      if (want.learners !== undefined) expect(r.unit.learners).toBe(want.learners);
    }
  });
});

describe("agencies and organisations state their tier", () => {
  test.each<[string, string, Want]>([
    ["Cơ quan nhà nước", "cấp huyện", { types: ["co-quan-nha-nuoc"], public: true, tier: "cap-huyen", learners: false }],
    ["Phòng Giáo dục và Đào tạo", "Cấp huyện", { types: ["co-quan-nha-nuoc"], public: true, tier: "cap-huyen" }],
    ["Sở Y tế", "cấp tỉnh", { types: ["co-quan-nha-nuoc"], public: true, tier: "cap-tinh" }],
    ["UBND xã", "cấp huyện", { types: ["ubnd-xa"], public: true, tier: "cap-huyen" }],
    ["Ủy ban nhân dân phường Tân Định", "huyện", { types: ["ubnd-xa"], public: true, tier: "cap-huyen" }],
    ["Đơn vị sự nghiệp công lập", "cấp tỉnh", { types: ["don-vi-su-nghiep"], public: true, tier: "cap-tinh" }],
    ["Đơn vị sự nghiệp ngoài công lập", "cấp tỉnh", { types: ["don-vi-su-nghiep"], public: false, tier: "cap-tinh" }],
    ["Bệnh viện đa khoa", "cấp tỉnh", { types: ["don-vi-su-nghiep"], public: true, tier: "cap-tinh" }],
    ["Doanh nghiệp", "cấp tỉnh", { types: ["to-chuc-kinh-te"], public: false, tier: "cap-tinh", economic: true }],
    ["Công ty TNHH Minh Phát", "cấp huyện", { types: ["to-chuc-kinh-te"], public: false, tier: "cap-huyen", economic: true }],
    ["HTX nông nghiệp", "cấp huyện", { types: ["to-chuc-kinh-te"], public: false, tier: "cap-huyen", economic: true }],
    ["Tổ chức chính trị – xã hội", "cấp tỉnh", { types: ["to-chuc-chinh-tri-xa-hoi"], public: false, tier: "cap-tinh" }],
    ["Hội Liên hiệp Phụ nữ huyện", "cấp huyện", { types: ["to-chuc-chinh-tri-xa-hoi"], public: false, tier: "cap-huyen" }],
    ["Công đoàn ngành Giáo dục", "cấp tỉnh", { types: ["to-chuc-chinh-tri-xa-hoi"], public: false, tier: "cap-tinh" }],
    ["Hội Khuyến học", "cấp huyện", { types: ["hoi"], public: false, tier: "cap-huyen" }],
    ["Hội", "cấp tỉnh", { types: ["hoi"], public: false, tier: "cap-tinh" }],
  ])("%s, %s", (text, tier, want) => {
    const r = classifyTt24Unit(nfd(text), nfd(tier));
    expect(r).toMatchObject({
      ok: true,
      tierFrom: "explicit",
      unit: { types: want.types, public: want.public, tier: want.tier, economic: want.economic ?? false },
    });
    expect(classifyTt24Unit(text)).toMatchObject({
      ok: false,
      problems: [{ code: "TT24_UNIT_TIER_NEEDED", key: "Cấp đơn vị", choices: ["cấp huyện", "cấp tỉnh"] }],
    });
  });
});

describe('an explicit "Cấp đơn vị" always wins', () => {
  test("a THPT set to cấp huyện is judged at cấp huyện, with a note", () => {
    const r = classifyTt24Unit("Trường THPT", "Cấp huyện");
    expect(r).toMatchObject({ ok: true, tierFrom: "explicit", unit: { tier: "cap-huyen" }, notes: [{ code: "TT24_TIER_SET_DIFFERS_FROM_TYPE" }] });
  });
  test("the tier decides a boarding school that does not say huyện or tỉnh", () => {
    expect(classifyTt24Unit("Trường PTDT nội trú", "cấp tỉnh")).toMatchObject({ ok: true, unit: { types: ["ptdt-noi-tru-tinh"], learners: true } });
    expect(classifyTt24Unit("Trường PTDT nội trú", "cấp huyện")).toMatchObject({ ok: true, unit: { types: ["ptdt-noi-tru-huyen"], learners: false } });
  });
  test('"cấp xã" is read as the circular\'s cấp huyện, and said so', () =>
    expect(classifyTt24Unit("Trường tiểu học", "cấp xã")).toMatchObject({
      ok: true,
      unit: { tier: "cap-huyen" },
      notes: [{ code: "TT24_TIER_XA_READ_AS_HUYEN" }],
    }));
  test.each([
    ["cấp huyện", "cap-huyen"],
    ["Cấp Huyện", "cap-huyen"],
    ["huyện", "cap-huyen"],
    ["cấp quận", "cap-huyen"],
    ["thị xã", "cap-huyen"],
    ["cấp tỉnh", "cap-tinh"],
    ["Tỉnh", "cap-tinh"],
    ["thành phố trực thuộc trung ương", "cap-tinh"],
  ])("tier %s", (text, tier) => {
    expect(parseTier(text)).toMatchObject({ ok: true, tier });
    expect(parseTier(nfd(text))).toMatchObject({ ok: true, tier });
  });
});

describe("what cannot be decided lists the choices", () => {
  test.each([
    ["blank", "", "TT24_UNIT_TYPE_MISSING", UNIT_TYPE_CHOICES],
    ["words of no type", "Đơn vị ABC", "TT24_UNIT_TYPE_UNKNOWN", UNIT_TYPE_CHOICES],
    [
      "a boarding school without huyện / tỉnh",
      "Trường PTDT nội trú",
      "TT24_UNIT_TYPE_AMBIGUOUS",
      ["Trường phổ thông dân tộc nội trú huyện", "Trường phổ thông dân tộc nội trú tỉnh"],
    ],
    [
      '"nhiều cấp" without the highest level',
      "Trường phổ thông nhiều cấp",
      "TT24_UNIT_TYPE_AMBIGUOUS",
      ["Trường phổ thông có nhiều cấp học, cao nhất là THCS", "Trường phổ thông có nhiều cấp học, cao nhất là THPT"],
    ],
    [
      "a vocational institution of no kind",
      "Cơ sở giáo dục nghề nghiệp",
      "TT24_UNIT_TYPE_AMBIGUOUS",
      ["Trung tâm giáo dục nghề nghiệp", "Trường trung cấp", "Trường cao đẳng"],
    ],
    ["an agency and a business at once", "Cơ quan nhà nước, doanh nghiệp", "TT24_UNIT_TYPE_AMBIGUOUS", ["Cơ quan nhà nước", "Doanh nghiệp, hợp tác xã"]],
    ["công lập and tư thục", "Trường mầm non công lập tư thục", "TT24_UNIT_PUBLIC_AMBIGUOUS", ["công lập", "ngoài công lập (tư thục, dân lập)"]],
    ["GDNN – GDTX without huyện / tỉnh", "Trung tâm GDNN – GDTX", "TT24_UNIT_TIER_NEEDED", ["cấp huyện", "cấp tỉnh"]],
  ])("%s", (_name, text, code, choices) => {
    const r = classifyTt24Unit(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([expect.objectContaining({ code, choices })]);
  });
  test("every problem at once: an unknown tier and an unknown type", () => {
    const r = classifyTt24Unit("Đơn vị ABC", "cấp thành phố");
    expect(r).toMatchObject({
      ok: false,
      problems: [
        { code: "TT24_UNIT_TIER_UNKNOWN", key: "Cấp đơn vị" },
        { code: "TT24_UNIT_TYPE_UNKNOWN", key: "Loại hình đơn vị" },
      ],
    });
  });
});

describe("the template's dropdown values read back as themselves", () => {
  test.each(TT24_UNIT_TYPES.types.map((t) => [t.label, t]))("%s", (label, def) => {
    const r = classifyTt24Unit(label, def.defaultTier ? null : "cấp tỉnh");
    expect(r).toMatchObject({ ok: true, unit: { types: [def.id], public: def.publicByDefault, learners: def.learners } });
  });
});
