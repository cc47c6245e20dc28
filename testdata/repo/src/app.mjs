import settings from "./settings.json" with { type: "json" };
export default { alias: settings.alias, type: "app" };
