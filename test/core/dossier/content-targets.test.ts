import { readReportContent, matchSection } from "../../../src/core/read/content";
import { evaluateTargets, parseTargetValue, measureFor } from "../../../src/core/evaluate/targets";
import { reportContentSheet } from "../../../src/core/documents/template";
import { sampleDossierInputs } from "../../../scripts/make-sample";
import { contextFrom, fixtureContext, fixtureGrids, infoSheet } from "./fixture";
import type { SheetGrid } from "../../../src/core/grid";

describe("Nội dung báo cáo: tolerant reading", () => {
  test("fixture: sections, multi-line cells become paragraphs, blank sections absent", () => {
    const c = readReportContent(fixtureContext());
    expect(c.sheet).toBe("Nội dung báo cáo");
    expect(c.sections["dac-diem"]).toHaveLength(2);
    expect(c.sections["han-che"]).toBeUndefined();
    expect(c.sections["noi-nhan"]).toEqual(["Phòng GD&ĐT huyện Đức Hòa", "Hội Khuyến học huyện"]);
    expect(c.cells["han-che"]).toBe("A5");
    expect(c.issues).toEqual([]);
  });

  test.each([
    ["II. Ưu điểm", "uu-diem"],
    ["1. ĐẶC ĐIỂM TÌNH HÌNH", "dac-diem"],
    ["Tồn tại, hạn chế", "han-che"],
    ["Kiến nghị, đề xuất:", "kien-nghi"],
    ["Nơi nhận", "noi-nhan"],
    ["Phương hướng, nhiệm vụ", "phuong-huong"],
    ["U\u0302u \u0111ie\u0302\u0309m".normalize("NFD"), "uu-diem"],
  ])("key %s → %s", (key, id) => expect(matchSection(key)?.id).toBe(id));

  test("any sheet name, key column not first, continuation rows, unknown keys reported", () => {
    const g: SheetGrid = {
      name: "Lời văn BC",
      values: [
        ["BÁO CÁO – PHẦN LỜI VĂN"],
        [null, "Mục", "Nội dung"],
        [1, "Đặc điểm tình hình", "Đoạn một."],
        [null, null, "Đoạn hai."],
        [2, "Ưu điểm", "Tốt."],
        [3, "Linh tinh", "Không biết để đâu"],
        [null, null, "bị bỏ qua vì dòng trên không phải phần nào"],
      ],
    };
    const ctx = fixtureContext({ noContent: true });
    ctx.grids = { sheets: [...ctx.grids.sheets, g] };
    const c = readReportContent(ctx);
    expect(c.sheet).toBe("Lời văn BC");
    expect(c.sections["dac-diem"]).toEqual(["Đoạn một.", "Đoạn hai."]);
    expect(c.sections["uu-diem"]).toEqual(["Tốt."]);
    expect(c.issues.map((i) => [i.code, i.cell])).toEqual([["DOSSIER_UNKNOWN_SECTION", "B6"]]);
  });

  test("two sheets that look equally like the content sheet: the first by name is used, and the clerk is told", () => {
    const ctx = fixtureContext({ noContent: true });
    const prose = (name: string): SheetGrid => ({
      name,
      values: [
        ["Ưu điểm", `Tốt (${name}).`],
        ["Hạn chế", "Ít."],
      ],
    });
    ctx.grids = { sheets: [...ctx.grids.sheets, prose("Lời văn B"), prose("Lời văn A")] };
    const c = readReportContent(ctx);
    expect(c.sheet).toBe("Lời văn A");
    expect(c.sections["uu-diem"]).toEqual(["Tốt (Lời văn A)."]);
    expect(c.issues.map((i) => [i.code, i.severity])).toEqual([["DOSSIER_AMBIGUOUS_CONTENT", "warning"]]);
    expect(c.issues[0].message).toContain('"Lời văn A", "Lời văn B"');
  });

  test("no sheet → one info issue, no sections", () => {
    const c = readReportContent(fixtureContext({ noContent: true }));
    expect(c.sections).toEqual({});
    expect(c.issues.map((i) => [i.code, i.severity])).toEqual([["DOSSIER_NO_CONTENT_SHEET", "info"]]);
  });

  test("the template sheet reads back as empty, and pre-filled it reads back the same text", () => {
    const blank = reportContentSheet();
    const ctx = fixtureContext({ noContent: true });
    ctx.grids = { sheets: [...ctx.grids.sheets, { name: blank.name, values: blank.values }] };
    const c = readReportContent(ctx);
    expect(c.sheet).toBe("Nội dung báo cáo");
    expect(c.sections).toEqual({}); // guidance in column C is never read as content
    const filled = reportContentSheet(sampleDossierInputs().reportContentRows);
    ctx.grids = { sheets: [...fixtureContext({ noContent: true }).grids.sheets, { name: filled.name, values: filled.values }] };
    const c2 = readReportContent(ctx);
    expect(c2.sections["can-cu"]).toHaveLength(3);
    expect(c2.sections["dac-diem"]).toHaveLength(2);
    expect(c2.sections["noi-nhan"]).toEqual(["Phòng GD&ĐT huyện Thủ Thừa (để báo cáo)", "Hội Khuyến học huyện", "CB, GV, NV"]);
    expect(c2.sections["phuong-huong"]).toBeUndefined();
  });
});

describe("Plan targets (chỉ tiêu) from Thông tin", () => {
  test.each([
    ["100%", true, { kind: "rate", value: 1 }],
    ["90 %", true, { kind: "rate", value: 0.9 }],
    [0.9, true, { kind: "rate", value: 0.9 }],
    [90, true, { kind: "rate", value: 0.9 }],
    ["9/10", true, { kind: "rate", value: 0.9 }],
    ["85 điểm", false, { kind: "number", value: 85 }],
    ["Tốt", false, { kind: "text", value: "Tốt" }],
  ] as const)("parse %p", (v, rate, want) => expect(parseTargetValue(v, rate)).toEqual(want));

  test.each([
    ["Gia đình đăng ký GĐHT", "member-field"],
    ["Gia đình đạt danh hiệu Gia đình học tập", "member-field"],
    ["Kỹ năng số", "member-field"],
    ["Lao động tiên tiến", "member-title"],
    ["Danh hiệu tập thể", "collective-title"],
    ["Xếp loại Đơn vị học tập", "rating"],
    ["Tổng điểm", "total"],
    ["Không có CB vi phạm pháp luật", "manual"],
  ])("measure of %s", (label, kind) => expect(measureFor(label, "100%", false).kind).toBe(kind));

  const { targets, issues } = evaluateTargets(fixtureContext());
  const by = (label: string) => targets.find((t) => t.label === label)!;
  test("every fixture target is found, with achieved value and verdict", () => {
    expect(targets.map((t) => [t.label, t.targetText, t.achievedText, t.met])).toEqual([
      ["Gia đình đăng ký GĐHT", "100%", "100%", true],
      ["Gia đình đạt GĐHT", "100%", "91,7%", false],
      ["Kỹ năng số", "90%", "91,7%", true],
      ["Lao động tiên tiến", "100%", "75%", false],
      ["Danh hiệu tập thể", "Tập thể lao động tiên tiến trở lên", "Tập thể lao động tiên tiến", true],
      ["Xếp loại Đơn vị học tập", "Tốt", "Tốt", true],
      ["Không có CB, VC vi phạm pháp luật", "100%", "100%", true],
    ]);
    expect(by("Lao động tiên tiến").failing.sort()).toEqual(["Dương Văn Phúc", "Huỳnh Văn Nam", "Lê Thị Hoa"].sort());
    expect(by("Gia đình đạt GĐHT").detail).toBe("11/12 thành viên");
  });
  test("a target not met is an info issue pointing at its cell", () => {
    const notMet = issues.filter((i) => i.code === "TARGET_NOT_MET");
    expect(notMet.map((i) => i.cell)).toEqual([by("Gia đình đạt GĐHT").cell, by("Lao động tiên tiến").cell]);
    expect(notMet.every((i) => i.severity === "info" && i.sheet === "Thông tin")).toBe(true);
  });

  test("no member data, unreadable target, unknown measure without a hand value: never a guessed verdict", () => {
    const info = infoSheet();
    info.values.push(
      ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["Chỉ tiêu: Cam kết học tập suốt đời", "nhiều"],
      ["Chỉ tiêu: 3/3 tiêu chí đạt", "100%"],
      ["Chỉ tiêu", "Kỹ năng số", "95%"],
    );
    const grids = fixtureGrids();
    grids.sheets[0] = info;
    // Remove the members' "Kỹ năng số" column header → no data for that target.
    const mem = grids.sheets[1];
    mem.values[2] = mem.values[2].map((v) => (v === "Kỹ năng số" ? "Cột khác" : v));
    const r = evaluateTargets(contextFrom(grids));
    const t = (l: string) => r.targets.filter((x) => x.label === l);
    expect(t("Kỹ năng số").map((x) => [x.achievedText, x.met])).toEqual([
      ["Chưa có dữ liệu", null],
      ["Chưa có dữ liệu", null],
    ]);
    expect(t("Cam kết học tập suốt đời")[0].met).toBeNull();
    expect(t("3/3 tiêu chí đạt")[0]).toMatchObject({ met: null, achievedText: "Chưa đánh giá" });
    expect(t("Kế hoạch")).toEqual([]); // a heading row is not a target
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["TARGET_NO_DATA", "TARGET_UNPARSED", "TARGET_UNKNOWN_MEASURE"]));
  });
});
