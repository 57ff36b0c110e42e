// Every rule's check function; each lives in its own file under transforms/rules/.
#pragma once

namespace dockopt {

class RuleContext;

void CheckAptHygiene(RuleContext& context);  // DF101
void CheckApkNoCache(RuleContext& context);  // DF102
void CheckRpmCache(RuleContext& context);  // DF103
void CheckPipNoCache(RuleContext& context);  // DF104
void CheckNpmCache(RuleContext& context);  // DF105
void CheckGemNoDocument(RuleContext& context);  // DF106
void CheckAddToCopy(RuleContext& context);  // DF107
void CheckCleanupIntoLayer(RuleContext& context);  // DF110
void CheckMergeAdjacentRuns(RuleContext& context);  // DF111
void CheckUnusedStageTail(RuleContext& context);  // DF112
void CheckDepsFirst(RuleContext& context);  // DF120
void CheckDevToRuntime(RuleContext& context);  // DF201
void CheckMultiStageSplit(RuleContext& context);  // DF202
void CheckSlimBase(RuleContext& context);  // DF203
void CheckNonRootUser(RuleContext& context);  // DF301

}  // namespace dockopt
