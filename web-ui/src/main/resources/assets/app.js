// Scopegate admin UI: small enhancements; every page works without them.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
    for (const button of document.querySelectorAll("[data-copy-target]")) {
        button.hidden = false;
        button.addEventListener("click", async () => {
            const source = document.getElementById(button.dataset.copyTarget);
            try {
                await navigator.clipboard.writeText(source.textContent.trim());
                button.textContent = "Copied";
            } catch (failure) {
                const range = document.createRange();
                range.selectNodeContents(source);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                button.textContent = "Selected: press Ctrl+C";
            }
        });
    }

    for (const toggle of document.querySelectorAll("[data-select-all]")) {
        toggle.hidden = false;
        toggle.addEventListener("click", () => {
            const boxes = document.querySelectorAll(
                `input[type=checkbox][data-category="${toggle.dataset.selectAll}"]`);
            const selectAll = [...boxes].some((box) => !box.checked);
            boxes.forEach((box) => { box.checked = selectAll; });
        });
    }

    const search = document.querySelector("[data-scope-search]");
    if (search) {
        search.hidden = false;
        search.closest("label")?.removeAttribute("hidden");
        search.addEventListener("input", () => {
            const needle = search.value.trim().toLowerCase();
            for (const option of document.querySelectorAll("[data-scope-text]")) {
                option.hidden = needle !== "" && !option.dataset.scopeText.includes(needle);
            }
            for (const group of document.querySelectorAll("details.category")) {
                if (needle !== "") {
                    group.open = group.querySelector("[data-scope-text]:not([hidden])") !== null;
                }
            }
        });
    }

    const table = document.querySelector("[data-table-search]");
    if (table) {
        table.hidden = false;
        table.closest("label")?.removeAttribute("hidden");
        const count = document.querySelector("[data-table-count]");
        const allRows = count?.textContent;
        table.addEventListener("input", () => {
            const needle = table.value.trim().toLowerCase();
            const rows = document.querySelectorAll("[data-row-text]");
            let shown = 0;
            for (const row of rows) {
                row.hidden = needle !== "" && !row.dataset.rowText.includes(needle);
                shown += row.hidden ? 0 : 1;
            }
            if (count) {
                count.textContent = needle === "" ? allRows
                    : `${shown} of ${rows.length} rows match the filter`;
            }
        });
    }
});
