export const id = 454;
export const ids = [454];
export const modules = {

/***/ 69454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubArtifactStore: () => (/* binding */ GitHubArtifactStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77935);


/** Artifacts of this workflow run, through @actions/artifact (needs the Actions runtime). */
class GitHubArtifactStore {
    client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9();
    async upload(name, root, files) {
        try {
            await this.client.uploadArtifact(name, files, root, { retentionDays: 7 });
            return 'new';
        }
        catch (error) {
            // The service keeps one artifact per name in a workflow run: on a re-run of failed jobs, this
            // leg's attempt 1 already has one (409). This attempt's results replace it.
            if (!/\(409\)/.test(error.message))
                throw error;
            await this.client.deleteArtifact(name);
            await this.client.uploadArtifact(name, files, root, { retentionDays: 7 });
            return 'replaced';
        }
    }
    async downloadAll(prefix, into) {
        const { artifacts } = await this.client.listArtifacts({ latest: true });
        const found = new Map();
        for (const artifact of artifacts.filter((a) => a.name.startsWith(prefix))) {
            const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(into, artifact.name);
            await this.client.downloadArtifact(artifact.id, { path: dir });
            found.set(artifact.name, dir);
        }
        return found;
    }
}


/***/ })

};
