; ModuleID = 'mha'
source_filename = "mha"
target triple = "x86_64-unknown-linux-gnu"

@mha.name = private unnamed_addr constant [4 x i8] c"mha\00"
@mha.spec = private unnamed_addr constant [248 x i8] c"attncc: 1\0Aname: mha\0Aphase: decode\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096}\0Amask: {causal: false}\0Aoutput: {lse: false}\0A\00"
@mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -3442643859020523575, ptr @mha.name, ptr @mha.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 0, i32 0, float 0x3FB6A09E60000000 }, align 8
@mha_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @mha_info_data, ptr @mha_tile, i32 1, i32 1, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @mha_tile(ptr %0, ptr %1) #0 {
entry:
  %bacc71 = alloca [8 x <16 x float>], align 64
  %accs72 = alloca [8 x <16 x float>], align 64
  %qs73 = alloca [8 x <16 x float>], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %11, align 8
  %12 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %14, align 8
  %15 = sext i32 %seq to i64
  %16 = sext i32 %kv_head to i64
  %17 = shl nsw i64 %15, 26
  %18 = shl nsw i64 %16, 9
  %19 = add nsw i64 %17, %18
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %21, align 8
  %22 = getelementptr i8, ptr %v_cache, i64 %19
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %qrow.preheader, label %done

qrow.preheader:                                   ; preds = %entry
  %24 = add nsw i32 %nrows, -1
  br label %qrow

done:                                             ; preds = %orow51, %entry
  ret void

qrow:                                             ; preds = %qrow.preheader, %body
  %qrow1 = phi i32 [ %93, %body ], [ 0, %qrow.preheader ]
  %25 = icmp slt i32 %qrow1, %nrows
  br i1 %25, label %body, label %ktile.preheader

ktile.preheader:                                  ; preds = %qrow
  %26 = getelementptr inbounds i8, ptr %bacc71, i64 64
  %27 = getelementptr inbounds i8, ptr %bacc71, i64 128
  %28 = getelementptr inbounds i8, ptr %bacc71, i64 192
  %29 = getelementptr inbounds i8, ptr %bacc71, i64 256
  %30 = getelementptr inbounds i8, ptr %bacc71, i64 320
  %31 = getelementptr inbounds i8, ptr %bacc71, i64 384
  %32 = getelementptr inbounds i8, ptr %bacc71, i64 448
  %33 = add i32 %k_end, -1
  %34 = insertelement <16 x i32> poison, i32 %k_end, i64 0
  %splat40 = shufflevector <16 x i32> %34, <16 x i32> poison, <16 x i32> zeroinitializer
  br label %ktile

body:                                             ; preds = %qrow
  %35 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %24)
  %36 = sdiv i32 %35, %nh
  %qi = add i32 %q_begin, %36
  %37 = srem i32 %35, %nh
  %h = add i32 %h_begin, %37
  %hq = add i32 %kv_head, %h
  %38 = sext i32 %qi to i64
  %39 = add i64 %q_row0, %38
  %40 = sext i32 %hq to i64
  %41 = shl i64 %39, 14
  %42 = shl nsw i64 %40, 9
  %43 = getelementptr i8, ptr %q, i64 %41
  %44 = getelementptr i8, ptr %43, i64 %42
  %45 = zext nneg i32 %qrow1 to i64
  %46 = load <16 x float>, ptr %44, align 4
  %47 = fmul <16 x float> %46, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %48 = shl nuw nsw i64 %45, 3
  %49 = getelementptr <16 x float>, ptr %qs73, i64 %48
  store <16 x float> %47, ptr %49, align 64
  %50 = getelementptr i8, ptr %44, i64 64
  %51 = load <16 x float>, ptr %50, align 4
  %52 = fmul <16 x float> %51, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %53 = or disjoint i64 %48, 1
  %54 = getelementptr <16 x float>, ptr %qs73, i64 %53
  store <16 x float> %52, ptr %54, align 64
  %55 = getelementptr i8, ptr %44, i64 128
  %56 = load <16 x float>, ptr %55, align 4
  %57 = fmul <16 x float> %56, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %58 = or disjoint i64 %48, 2
  %59 = getelementptr <16 x float>, ptr %qs73, i64 %58
  store <16 x float> %57, ptr %59, align 64
  %60 = getelementptr i8, ptr %44, i64 192
  %61 = load <16 x float>, ptr %60, align 4
  %62 = fmul <16 x float> %61, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %63 = or disjoint i64 %48, 3
  %64 = getelementptr <16 x float>, ptr %qs73, i64 %63
  store <16 x float> %62, ptr %64, align 64
  %65 = getelementptr i8, ptr %44, i64 256
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fmul <16 x float> %66, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %68 = or disjoint i64 %48, 4
  %69 = getelementptr <16 x float>, ptr %qs73, i64 %68
  store <16 x float> %67, ptr %69, align 64
  %70 = getelementptr i8, ptr %44, i64 320
  %71 = load <16 x float>, ptr %70, align 4
  %72 = fmul <16 x float> %71, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %73 = or disjoint i64 %48, 5
  %74 = getelementptr <16 x float>, ptr %qs73, i64 %73
  store <16 x float> %72, ptr %74, align 64
  %75 = getelementptr i8, ptr %44, i64 384
  %76 = load <16 x float>, ptr %75, align 4
  %77 = fmul <16 x float> %76, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %78 = or disjoint i64 %48, 6
  %79 = getelementptr <16 x float>, ptr %qs73, i64 %78
  store <16 x float> %77, ptr %79, align 64
  %80 = getelementptr i8, ptr %44, i64 448
  %81 = load <16 x float>, ptr %80, align 4
  %82 = fmul <16 x float> %81, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %83 = or disjoint i64 %48, 7
  %84 = getelementptr <16 x float>, ptr %qs73, i64 %83
  store <16 x float> %82, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %accs72, i64 %48
  store <16 x float> zeroinitializer, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %accs72, i64 %53
  store <16 x float> zeroinitializer, ptr %86, align 64
  %87 = getelementptr <16 x float>, ptr %accs72, i64 %58
  store <16 x float> zeroinitializer, ptr %87, align 64
  %88 = getelementptr <16 x float>, ptr %accs72, i64 %63
  store <16 x float> zeroinitializer, ptr %88, align 64
  %89 = getelementptr <16 x float>, ptr %accs72, i64 %68
  store <16 x float> zeroinitializer, ptr %89, align 64
  %90 = getelementptr <16 x float>, ptr %accs72, i64 %73
  store <16 x float> zeroinitializer, ptr %90, align 64
  %91 = getelementptr <16 x float>, ptr %accs72, i64 %78
  store <16 x float> zeroinitializer, ptr %91, align 64
  %92 = getelementptr <16 x float>, ptr %accs72, i64 %83
  store <16 x float> zeroinitializer, ptr %92, align 64
  %93 = add nuw nsw i32 %qrow1, 1
  br label %qrow

ktile:                                            ; preds = %rblock, %ktile.preheader
  %m56 = phi float [ 0xFFF0000000000000, %ktile.preheader ], [ %110, %rblock ]
  %94 = phi <16 x float> [ zeroinitializer, %ktile.preheader ], [ %111, %rblock ]
  %ktile5 = phi i32 [ %k_begin, %ktile.preheader ], [ %96, %rblock ]
  %95 = icmp slt i32 %ktile5, %k_end
  br i1 %95, label %rblock.preheader, label %orow51.preheader

rblock.preheader:                                 ; preds = %ktile
  %96 = add i32 %ktile5, 256
  %97 = call i32 @llvm.smin.i32(i32 %96, i32 %k_end)
  %98 = sub i32 %97, %ktile5
  %99 = call i32 @llvm.smax.i32(i32 %98, i32 0)
  %100 = and i32 %99, 2147483632
  %fend = add i32 %ktile5, %100
  %101 = call i32 @llvm.smin.i32(i32 %fend, i32 %97)
  %102 = icmp slt i32 %ktile5, 2147483392
  br label %rblock

orow51.preheader:                                 ; preds = %ktile
  %103 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %94)
  %.not = icmp eq ptr %part, null
  %104 = zext nneg i32 %nrows to i64
  %105 = shl nuw nsw i64 %104, 7
  %invariant.gep = getelementptr float, ptr %part, i64 %104
  %106 = fcmp oeq float %103, 0.000000e+00
  %107 = fdiv float 1.000000e+00, %103
  %108 = select i1 %106, float 0.000000e+00, float %107
  %109 = insertelement <16 x float> poison, float %108, i64 0
  %splat61 = shufflevector <16 x float> %109, <16 x float> poison, <16 x i32> zeroinitializer
  br label %orow51

rblock:                                           ; preds = %rblock.preheader, %join
  %110 = phi float [ %m5675, %join ], [ %m56, %rblock.preheader ]
  %111 = phi <16 x float> [ %146, %join ], [ %94, %rblock.preheader ]
  %rblock9 = phi i32 [ %147, %join ], [ 0, %rblock.preheader ]
  %112 = icmp slt i32 %rblock9, %nrows
  br i1 %112, label %body6, label %ktile

body6:                                            ; preds = %rblock
  br i1 %102, label %visit, label %join

visit:                                            ; preds = %body6
  %113 = zext nneg i32 %rblock9 to i64
  %114 = shl nuw nsw i64 %113, 3
  %115 = getelementptr <16 x float>, ptr %accs72, i64 %114
  %116 = load <16 x float>, ptr %115, align 64
  store <16 x float> %116, ptr %bacc71, align 64
  %117 = or disjoint i64 %114, 1
  %118 = getelementptr <16 x float>, ptr %accs72, i64 %117
  %119 = load <16 x float>, ptr %118, align 64
  store <16 x float> %119, ptr %26, align 64
  %120 = or disjoint i64 %114, 2
  %121 = getelementptr <16 x float>, ptr %accs72, i64 %120
  %122 = load <16 x float>, ptr %121, align 64
  store <16 x float> %122, ptr %27, align 64
  %123 = or disjoint i64 %114, 3
  %124 = getelementptr <16 x float>, ptr %accs72, i64 %123
  %125 = load <16 x float>, ptr %124, align 64
  store <16 x float> %125, ptr %28, align 64
  %126 = or disjoint i64 %114, 4
  %127 = getelementptr <16 x float>, ptr %accs72, i64 %126
  %128 = load <16 x float>, ptr %127, align 64
  store <16 x float> %128, ptr %29, align 64
  %129 = or disjoint i64 %114, 5
  %130 = getelementptr <16 x float>, ptr %accs72, i64 %129
  %131 = load <16 x float>, ptr %130, align 64
  store <16 x float> %131, ptr %30, align 64
  %132 = or disjoint i64 %114, 6
  %133 = getelementptr <16 x float>, ptr %accs72, i64 %132
  %134 = load <16 x float>, ptr %133, align 64
  store <16 x float> %134, ptr %31, align 64
  %135 = or disjoint i64 %114, 7
  %136 = getelementptr <16 x float>, ptr %accs72, i64 %135
  %137 = load <16 x float>, ptr %136, align 64
  store <16 x float> %137, ptr %32, align 64
  %138 = getelementptr <16 x float>, ptr %qs73, i64 %114
  %139 = getelementptr <16 x float>, ptr %qs73, i64 %117
  %140 = getelementptr <16 x float>, ptr %qs73, i64 %120
  %141 = getelementptr <16 x float>, ptr %qs73, i64 %123
  %142 = getelementptr <16 x float>, ptr %qs73, i64 %126
  %143 = getelementptr <16 x float>, ptr %qs73, i64 %129
  %144 = getelementptr <16 x float>, ptr %qs73, i64 %132
  %145 = getelementptr <16 x float>, ptr %qs73, i64 %135
  br label %kfull

join:                                             ; preds = %exit29, %body6
  %m5675 = phi float [ %bm.1, %exit29 ], [ %110, %body6 ]
  %146 = phi <16 x float> [ %bl.1, %exit29 ], [ %111, %body6 ]
  %147 = add nuw nsw i32 %rblock9, 1
  br label %rblock

kfull:                                            ; preds = %body10, %visit
  %148 = phi <16 x float> [ %137, %visit ], [ %1080, %body10 ]
  %149 = phi <16 x float> [ %134, %visit ], [ %1077, %body10 ]
  %150 = phi <16 x float> [ %131, %visit ], [ %1074, %body10 ]
  %151 = phi <16 x float> [ %128, %visit ], [ %1071, %body10 ]
  %152 = phi <16 x float> [ %125, %visit ], [ %1068, %body10 ]
  %153 = phi <16 x float> [ %122, %visit ], [ %1065, %body10 ]
  %154 = phi <16 x float> [ %119, %visit ], [ %1062, %body10 ]
  %155 = phi <16 x float> [ %116, %visit ], [ %1059, %body10 ]
  %bl.0 = phi <16 x float> [ %111, %visit ], [ %1081, %body10 ]
  %bm.0 = phi float [ %110, %visit ], [ %634, %body10 ]
  %kfull13 = phi i32 [ %ktile5, %visit ], [ %1082, %body10 ]
  %156 = icmp slt i32 %kfull13, %101
  br i1 %156, label %body10, label %kmask

body10:                                           ; preds = %kfull
  %q14 = load <16 x float>, ptr %138, align 64
  %q15 = load <16 x float>, ptr %139, align 64
  %q16 = load <16 x float>, ptr %140, align 64
  %q17 = load <16 x float>, ptr %141, align 64
  %q18 = load <16 x float>, ptr %142, align 64
  %q19 = load <16 x float>, ptr %143, align 64
  %q20 = load <16 x float>, ptr %144, align 64
  %q21 = load <16 x float>, ptr %145, align 64
  %157 = sext i32 %kfull13 to i64
  %158 = shl nsw i64 %157, 14
  %159 = getelementptr i8, ptr %20, i64 %158
  %160 = load <16 x float>, ptr %159, align 4
  %161 = getelementptr i8, ptr %159, i64 64
  %162 = load <16 x float>, ptr %161, align 4
  %163 = getelementptr i8, ptr %159, i64 128
  %164 = load <16 x float>, ptr %163, align 4
  %165 = getelementptr i8, ptr %159, i64 192
  %166 = load <16 x float>, ptr %165, align 4
  %167 = getelementptr i8, ptr %159, i64 256
  %168 = load <16 x float>, ptr %167, align 4
  %169 = getelementptr i8, ptr %159, i64 320
  %170 = load <16 x float>, ptr %169, align 4
  %171 = getelementptr i8, ptr %159, i64 384
  %172 = load <16 x float>, ptr %171, align 4
  %173 = getelementptr i8, ptr %159, i64 448
  %174 = load <16 x float>, ptr %173, align 4
  %175 = fmul <16 x float> %q14, %160
  %176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %162, <16 x float> %175)
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %164, <16 x float> %176)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %166, <16 x float> %177)
  %179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %168, <16 x float> %178)
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %170, <16 x float> %179)
  %181 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %172, <16 x float> %180)
  %182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %174, <16 x float> %181)
  %183 = add i32 %kfull13, 1
  %184 = sext i32 %183 to i64
  %185 = shl nsw i64 %184, 14
  %186 = getelementptr i8, ptr %20, i64 %185
  %187 = load <16 x float>, ptr %186, align 4
  %188 = getelementptr i8, ptr %186, i64 64
  %189 = load <16 x float>, ptr %188, align 4
  %190 = getelementptr i8, ptr %186, i64 128
  %191 = load <16 x float>, ptr %190, align 4
  %192 = getelementptr i8, ptr %186, i64 192
  %193 = load <16 x float>, ptr %192, align 4
  %194 = getelementptr i8, ptr %186, i64 256
  %195 = load <16 x float>, ptr %194, align 4
  %196 = getelementptr i8, ptr %186, i64 320
  %197 = load <16 x float>, ptr %196, align 4
  %198 = getelementptr i8, ptr %186, i64 384
  %199 = load <16 x float>, ptr %198, align 4
  %200 = getelementptr i8, ptr %186, i64 448
  %201 = load <16 x float>, ptr %200, align 4
  %202 = fmul <16 x float> %q14, %187
  %203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %189, <16 x float> %202)
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %191, <16 x float> %203)
  %205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %193, <16 x float> %204)
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %195, <16 x float> %205)
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %197, <16 x float> %206)
  %208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %199, <16 x float> %207)
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %201, <16 x float> %208)
  %210 = shufflevector <16 x float> %182, <16 x float> %209, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %211 = shufflevector <16 x float> %182, <16 x float> %209, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %212 = fadd <16 x float> %210, %211
  %213 = add i32 %kfull13, 2
  %214 = sext i32 %213 to i64
  %215 = shl nsw i64 %214, 14
  %216 = getelementptr i8, ptr %20, i64 %215
  %217 = load <16 x float>, ptr %216, align 4
  %218 = getelementptr i8, ptr %216, i64 64
  %219 = load <16 x float>, ptr %218, align 4
  %220 = getelementptr i8, ptr %216, i64 128
  %221 = load <16 x float>, ptr %220, align 4
  %222 = getelementptr i8, ptr %216, i64 192
  %223 = load <16 x float>, ptr %222, align 4
  %224 = getelementptr i8, ptr %216, i64 256
  %225 = load <16 x float>, ptr %224, align 4
  %226 = getelementptr i8, ptr %216, i64 320
  %227 = load <16 x float>, ptr %226, align 4
  %228 = getelementptr i8, ptr %216, i64 384
  %229 = load <16 x float>, ptr %228, align 4
  %230 = getelementptr i8, ptr %216, i64 448
  %231 = load <16 x float>, ptr %230, align 4
  %232 = fmul <16 x float> %q14, %217
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %219, <16 x float> %232)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %221, <16 x float> %233)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %223, <16 x float> %234)
  %236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %225, <16 x float> %235)
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %227, <16 x float> %236)
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %229, <16 x float> %237)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %231, <16 x float> %238)
  %240 = add i32 %kfull13, 3
  %241 = sext i32 %240 to i64
  %242 = shl nsw i64 %241, 14
  %243 = getelementptr i8, ptr %20, i64 %242
  %244 = load <16 x float>, ptr %243, align 4
  %245 = getelementptr i8, ptr %243, i64 64
  %246 = load <16 x float>, ptr %245, align 4
  %247 = getelementptr i8, ptr %243, i64 128
  %248 = load <16 x float>, ptr %247, align 4
  %249 = getelementptr i8, ptr %243, i64 192
  %250 = load <16 x float>, ptr %249, align 4
  %251 = getelementptr i8, ptr %243, i64 256
  %252 = load <16 x float>, ptr %251, align 4
  %253 = getelementptr i8, ptr %243, i64 320
  %254 = load <16 x float>, ptr %253, align 4
  %255 = getelementptr i8, ptr %243, i64 384
  %256 = load <16 x float>, ptr %255, align 4
  %257 = getelementptr i8, ptr %243, i64 448
  %258 = load <16 x float>, ptr %257, align 4
  %259 = fmul <16 x float> %q14, %244
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %246, <16 x float> %259)
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %248, <16 x float> %260)
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %250, <16 x float> %261)
  %263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %252, <16 x float> %262)
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %254, <16 x float> %263)
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %256, <16 x float> %264)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %258, <16 x float> %265)
  %267 = shufflevector <16 x float> %239, <16 x float> %266, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %268 = shufflevector <16 x float> %239, <16 x float> %266, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %269 = fadd <16 x float> %267, %268
  %270 = shufflevector <16 x float> %212, <16 x float> %269, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %271 = shufflevector <16 x float> %212, <16 x float> %269, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %272 = fadd <16 x float> %270, %271
  %273 = add i32 %kfull13, 4
  %274 = sext i32 %273 to i64
  %275 = shl nsw i64 %274, 14
  %276 = getelementptr i8, ptr %20, i64 %275
  %277 = load <16 x float>, ptr %276, align 4
  %278 = getelementptr i8, ptr %276, i64 64
  %279 = load <16 x float>, ptr %278, align 4
  %280 = getelementptr i8, ptr %276, i64 128
  %281 = load <16 x float>, ptr %280, align 4
  %282 = getelementptr i8, ptr %276, i64 192
  %283 = load <16 x float>, ptr %282, align 4
  %284 = getelementptr i8, ptr %276, i64 256
  %285 = load <16 x float>, ptr %284, align 4
  %286 = getelementptr i8, ptr %276, i64 320
  %287 = load <16 x float>, ptr %286, align 4
  %288 = getelementptr i8, ptr %276, i64 384
  %289 = load <16 x float>, ptr %288, align 4
  %290 = getelementptr i8, ptr %276, i64 448
  %291 = load <16 x float>, ptr %290, align 4
  %292 = fmul <16 x float> %q14, %277
  %293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %279, <16 x float> %292)
  %294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %281, <16 x float> %293)
  %295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %283, <16 x float> %294)
  %296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %285, <16 x float> %295)
  %297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %287, <16 x float> %296)
  %298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %289, <16 x float> %297)
  %299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %291, <16 x float> %298)
  %300 = add i32 %kfull13, 5
  %301 = sext i32 %300 to i64
  %302 = shl nsw i64 %301, 14
  %303 = getelementptr i8, ptr %20, i64 %302
  %304 = load <16 x float>, ptr %303, align 4
  %305 = getelementptr i8, ptr %303, i64 64
  %306 = load <16 x float>, ptr %305, align 4
  %307 = getelementptr i8, ptr %303, i64 128
  %308 = load <16 x float>, ptr %307, align 4
  %309 = getelementptr i8, ptr %303, i64 192
  %310 = load <16 x float>, ptr %309, align 4
  %311 = getelementptr i8, ptr %303, i64 256
  %312 = load <16 x float>, ptr %311, align 4
  %313 = getelementptr i8, ptr %303, i64 320
  %314 = load <16 x float>, ptr %313, align 4
  %315 = getelementptr i8, ptr %303, i64 384
  %316 = load <16 x float>, ptr %315, align 4
  %317 = getelementptr i8, ptr %303, i64 448
  %318 = load <16 x float>, ptr %317, align 4
  %319 = fmul <16 x float> %q14, %304
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %306, <16 x float> %319)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %308, <16 x float> %320)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %310, <16 x float> %321)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %312, <16 x float> %322)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %314, <16 x float> %323)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %316, <16 x float> %324)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %318, <16 x float> %325)
  %327 = shufflevector <16 x float> %299, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %328 = shufflevector <16 x float> %299, <16 x float> %326, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %329 = fadd <16 x float> %327, %328
  %330 = add i32 %kfull13, 6
  %331 = sext i32 %330 to i64
  %332 = shl nsw i64 %331, 14
  %333 = getelementptr i8, ptr %20, i64 %332
  %334 = load <16 x float>, ptr %333, align 4
  %335 = getelementptr i8, ptr %333, i64 64
  %336 = load <16 x float>, ptr %335, align 4
  %337 = getelementptr i8, ptr %333, i64 128
  %338 = load <16 x float>, ptr %337, align 4
  %339 = getelementptr i8, ptr %333, i64 192
  %340 = load <16 x float>, ptr %339, align 4
  %341 = getelementptr i8, ptr %333, i64 256
  %342 = load <16 x float>, ptr %341, align 4
  %343 = getelementptr i8, ptr %333, i64 320
  %344 = load <16 x float>, ptr %343, align 4
  %345 = getelementptr i8, ptr %333, i64 384
  %346 = load <16 x float>, ptr %345, align 4
  %347 = getelementptr i8, ptr %333, i64 448
  %348 = load <16 x float>, ptr %347, align 4
  %349 = fmul <16 x float> %q14, %334
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %336, <16 x float> %349)
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %338, <16 x float> %350)
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %340, <16 x float> %351)
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %342, <16 x float> %352)
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %344, <16 x float> %353)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %346, <16 x float> %354)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %348, <16 x float> %355)
  %357 = add i32 %kfull13, 7
  %358 = sext i32 %357 to i64
  %359 = shl nsw i64 %358, 14
  %360 = getelementptr i8, ptr %20, i64 %359
  %361 = load <16 x float>, ptr %360, align 4
  %362 = getelementptr i8, ptr %360, i64 64
  %363 = load <16 x float>, ptr %362, align 4
  %364 = getelementptr i8, ptr %360, i64 128
  %365 = load <16 x float>, ptr %364, align 4
  %366 = getelementptr i8, ptr %360, i64 192
  %367 = load <16 x float>, ptr %366, align 4
  %368 = getelementptr i8, ptr %360, i64 256
  %369 = load <16 x float>, ptr %368, align 4
  %370 = getelementptr i8, ptr %360, i64 320
  %371 = load <16 x float>, ptr %370, align 4
  %372 = getelementptr i8, ptr %360, i64 384
  %373 = load <16 x float>, ptr %372, align 4
  %374 = getelementptr i8, ptr %360, i64 448
  %375 = load <16 x float>, ptr %374, align 4
  %376 = fmul <16 x float> %q14, %361
  %377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %363, <16 x float> %376)
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %365, <16 x float> %377)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %367, <16 x float> %378)
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %369, <16 x float> %379)
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %371, <16 x float> %380)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %373, <16 x float> %381)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %375, <16 x float> %382)
  %384 = shufflevector <16 x float> %356, <16 x float> %383, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %385 = shufflevector <16 x float> %356, <16 x float> %383, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %386 = fadd <16 x float> %384, %385
  %387 = shufflevector <16 x float> %329, <16 x float> %386, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %388 = shufflevector <16 x float> %329, <16 x float> %386, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %389 = fadd <16 x float> %387, %388
  %390 = shufflevector <16 x float> %272, <16 x float> %389, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %391 = shufflevector <16 x float> %272, <16 x float> %389, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %392 = fadd <16 x float> %390, %391
  %393 = add i32 %kfull13, 8
  %394 = sext i32 %393 to i64
  %395 = shl nsw i64 %394, 14
  %396 = getelementptr i8, ptr %20, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = getelementptr i8, ptr %396, i64 64
  %399 = load <16 x float>, ptr %398, align 4
  %400 = getelementptr i8, ptr %396, i64 128
  %401 = load <16 x float>, ptr %400, align 4
  %402 = getelementptr i8, ptr %396, i64 192
  %403 = load <16 x float>, ptr %402, align 4
  %404 = getelementptr i8, ptr %396, i64 256
  %405 = load <16 x float>, ptr %404, align 4
  %406 = getelementptr i8, ptr %396, i64 320
  %407 = load <16 x float>, ptr %406, align 4
  %408 = getelementptr i8, ptr %396, i64 384
  %409 = load <16 x float>, ptr %408, align 4
  %410 = getelementptr i8, ptr %396, i64 448
  %411 = load <16 x float>, ptr %410, align 4
  %412 = fmul <16 x float> %q14, %397
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %399, <16 x float> %412)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %401, <16 x float> %413)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %403, <16 x float> %414)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %405, <16 x float> %415)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %407, <16 x float> %416)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %409, <16 x float> %417)
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %411, <16 x float> %418)
  %420 = add i32 %kfull13, 9
  %421 = sext i32 %420 to i64
  %422 = shl nsw i64 %421, 14
  %423 = getelementptr i8, ptr %20, i64 %422
  %424 = load <16 x float>, ptr %423, align 4
  %425 = getelementptr i8, ptr %423, i64 64
  %426 = load <16 x float>, ptr %425, align 4
  %427 = getelementptr i8, ptr %423, i64 128
  %428 = load <16 x float>, ptr %427, align 4
  %429 = getelementptr i8, ptr %423, i64 192
  %430 = load <16 x float>, ptr %429, align 4
  %431 = getelementptr i8, ptr %423, i64 256
  %432 = load <16 x float>, ptr %431, align 4
  %433 = getelementptr i8, ptr %423, i64 320
  %434 = load <16 x float>, ptr %433, align 4
  %435 = getelementptr i8, ptr %423, i64 384
  %436 = load <16 x float>, ptr %435, align 4
  %437 = getelementptr i8, ptr %423, i64 448
  %438 = load <16 x float>, ptr %437, align 4
  %439 = fmul <16 x float> %q14, %424
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %426, <16 x float> %439)
  %441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %428, <16 x float> %440)
  %442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %430, <16 x float> %441)
  %443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %432, <16 x float> %442)
  %444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %434, <16 x float> %443)
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %436, <16 x float> %444)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %438, <16 x float> %445)
  %447 = shufflevector <16 x float> %419, <16 x float> %446, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %448 = shufflevector <16 x float> %419, <16 x float> %446, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %449 = fadd <16 x float> %447, %448
  %450 = add i32 %kfull13, 10
  %451 = sext i32 %450 to i64
  %452 = shl nsw i64 %451, 14
  %453 = getelementptr i8, ptr %20, i64 %452
  %454 = load <16 x float>, ptr %453, align 4
  %455 = getelementptr i8, ptr %453, i64 64
  %456 = load <16 x float>, ptr %455, align 4
  %457 = getelementptr i8, ptr %453, i64 128
  %458 = load <16 x float>, ptr %457, align 4
  %459 = getelementptr i8, ptr %453, i64 192
  %460 = load <16 x float>, ptr %459, align 4
  %461 = getelementptr i8, ptr %453, i64 256
  %462 = load <16 x float>, ptr %461, align 4
  %463 = getelementptr i8, ptr %453, i64 320
  %464 = load <16 x float>, ptr %463, align 4
  %465 = getelementptr i8, ptr %453, i64 384
  %466 = load <16 x float>, ptr %465, align 4
  %467 = getelementptr i8, ptr %453, i64 448
  %468 = load <16 x float>, ptr %467, align 4
  %469 = fmul <16 x float> %q14, %454
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %456, <16 x float> %469)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %458, <16 x float> %470)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %460, <16 x float> %471)
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %462, <16 x float> %472)
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %464, <16 x float> %473)
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %466, <16 x float> %474)
  %476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %468, <16 x float> %475)
  %477 = add i32 %kfull13, 11
  %478 = sext i32 %477 to i64
  %479 = shl nsw i64 %478, 14
  %480 = getelementptr i8, ptr %20, i64 %479
  %481 = load <16 x float>, ptr %480, align 4
  %482 = getelementptr i8, ptr %480, i64 64
  %483 = load <16 x float>, ptr %482, align 4
  %484 = getelementptr i8, ptr %480, i64 128
  %485 = load <16 x float>, ptr %484, align 4
  %486 = getelementptr i8, ptr %480, i64 192
  %487 = load <16 x float>, ptr %486, align 4
  %488 = getelementptr i8, ptr %480, i64 256
  %489 = load <16 x float>, ptr %488, align 4
  %490 = getelementptr i8, ptr %480, i64 320
  %491 = load <16 x float>, ptr %490, align 4
  %492 = getelementptr i8, ptr %480, i64 384
  %493 = load <16 x float>, ptr %492, align 4
  %494 = getelementptr i8, ptr %480, i64 448
  %495 = load <16 x float>, ptr %494, align 4
  %496 = fmul <16 x float> %q14, %481
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %483, <16 x float> %496)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %485, <16 x float> %497)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %487, <16 x float> %498)
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %489, <16 x float> %499)
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %491, <16 x float> %500)
  %502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %493, <16 x float> %501)
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %495, <16 x float> %502)
  %504 = shufflevector <16 x float> %476, <16 x float> %503, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %505 = shufflevector <16 x float> %476, <16 x float> %503, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %506 = fadd <16 x float> %504, %505
  %507 = shufflevector <16 x float> %449, <16 x float> %506, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %508 = shufflevector <16 x float> %449, <16 x float> %506, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %509 = fadd <16 x float> %507, %508
  %510 = add i32 %kfull13, 12
  %511 = sext i32 %510 to i64
  %512 = shl nsw i64 %511, 14
  %513 = getelementptr i8, ptr %20, i64 %512
  %514 = load <16 x float>, ptr %513, align 4
  %515 = getelementptr i8, ptr %513, i64 64
  %516 = load <16 x float>, ptr %515, align 4
  %517 = getelementptr i8, ptr %513, i64 128
  %518 = load <16 x float>, ptr %517, align 4
  %519 = getelementptr i8, ptr %513, i64 192
  %520 = load <16 x float>, ptr %519, align 4
  %521 = getelementptr i8, ptr %513, i64 256
  %522 = load <16 x float>, ptr %521, align 4
  %523 = getelementptr i8, ptr %513, i64 320
  %524 = load <16 x float>, ptr %523, align 4
  %525 = getelementptr i8, ptr %513, i64 384
  %526 = load <16 x float>, ptr %525, align 4
  %527 = getelementptr i8, ptr %513, i64 448
  %528 = load <16 x float>, ptr %527, align 4
  %529 = fmul <16 x float> %q14, %514
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %516, <16 x float> %529)
  %531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %518, <16 x float> %530)
  %532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %520, <16 x float> %531)
  %533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %522, <16 x float> %532)
  %534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %524, <16 x float> %533)
  %535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %526, <16 x float> %534)
  %536 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %528, <16 x float> %535)
  %537 = add i32 %kfull13, 13
  %538 = sext i32 %537 to i64
  %539 = shl nsw i64 %538, 14
  %540 = getelementptr i8, ptr %20, i64 %539
  %541 = load <16 x float>, ptr %540, align 4
  %542 = getelementptr i8, ptr %540, i64 64
  %543 = load <16 x float>, ptr %542, align 4
  %544 = getelementptr i8, ptr %540, i64 128
  %545 = load <16 x float>, ptr %544, align 4
  %546 = getelementptr i8, ptr %540, i64 192
  %547 = load <16 x float>, ptr %546, align 4
  %548 = getelementptr i8, ptr %540, i64 256
  %549 = load <16 x float>, ptr %548, align 4
  %550 = getelementptr i8, ptr %540, i64 320
  %551 = load <16 x float>, ptr %550, align 4
  %552 = getelementptr i8, ptr %540, i64 384
  %553 = load <16 x float>, ptr %552, align 4
  %554 = getelementptr i8, ptr %540, i64 448
  %555 = load <16 x float>, ptr %554, align 4
  %556 = fmul <16 x float> %q14, %541
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %543, <16 x float> %556)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %545, <16 x float> %557)
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %547, <16 x float> %558)
  %560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %549, <16 x float> %559)
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %551, <16 x float> %560)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %553, <16 x float> %561)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %555, <16 x float> %562)
  %564 = shufflevector <16 x float> %536, <16 x float> %563, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %565 = shufflevector <16 x float> %536, <16 x float> %563, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %566 = fadd <16 x float> %564, %565
  %567 = add i32 %kfull13, 14
  %568 = sext i32 %567 to i64
  %569 = shl nsw i64 %568, 14
  %570 = getelementptr i8, ptr %20, i64 %569
  %571 = load <16 x float>, ptr %570, align 4
  %572 = getelementptr i8, ptr %570, i64 64
  %573 = load <16 x float>, ptr %572, align 4
  %574 = getelementptr i8, ptr %570, i64 128
  %575 = load <16 x float>, ptr %574, align 4
  %576 = getelementptr i8, ptr %570, i64 192
  %577 = load <16 x float>, ptr %576, align 4
  %578 = getelementptr i8, ptr %570, i64 256
  %579 = load <16 x float>, ptr %578, align 4
  %580 = getelementptr i8, ptr %570, i64 320
  %581 = load <16 x float>, ptr %580, align 4
  %582 = getelementptr i8, ptr %570, i64 384
  %583 = load <16 x float>, ptr %582, align 4
  %584 = getelementptr i8, ptr %570, i64 448
  %585 = load <16 x float>, ptr %584, align 4
  %586 = fmul <16 x float> %q14, %571
  %587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %573, <16 x float> %586)
  %588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %575, <16 x float> %587)
  %589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %577, <16 x float> %588)
  %590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %579, <16 x float> %589)
  %591 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %581, <16 x float> %590)
  %592 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %583, <16 x float> %591)
  %593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %585, <16 x float> %592)
  %594 = add i32 %kfull13, 15
  %595 = sext i32 %594 to i64
  %596 = shl nsw i64 %595, 14
  %597 = getelementptr i8, ptr %20, i64 %596
  %598 = load <16 x float>, ptr %597, align 4
  %599 = getelementptr i8, ptr %597, i64 64
  %600 = load <16 x float>, ptr %599, align 4
  %601 = getelementptr i8, ptr %597, i64 128
  %602 = load <16 x float>, ptr %601, align 4
  %603 = getelementptr i8, ptr %597, i64 192
  %604 = load <16 x float>, ptr %603, align 4
  %605 = getelementptr i8, ptr %597, i64 256
  %606 = load <16 x float>, ptr %605, align 4
  %607 = getelementptr i8, ptr %597, i64 320
  %608 = load <16 x float>, ptr %607, align 4
  %609 = getelementptr i8, ptr %597, i64 384
  %610 = load <16 x float>, ptr %609, align 4
  %611 = getelementptr i8, ptr %597, i64 448
  %612 = load <16 x float>, ptr %611, align 4
  %613 = fmul <16 x float> %q14, %598
  %614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %600, <16 x float> %613)
  %615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %602, <16 x float> %614)
  %616 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %604, <16 x float> %615)
  %617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %606, <16 x float> %616)
  %618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %608, <16 x float> %617)
  %619 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %610, <16 x float> %618)
  %620 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %612, <16 x float> %619)
  %621 = shufflevector <16 x float> %593, <16 x float> %620, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %622 = shufflevector <16 x float> %593, <16 x float> %620, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %623 = fadd <16 x float> %621, %622
  %624 = shufflevector <16 x float> %566, <16 x float> %623, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %625 = shufflevector <16 x float> %566, <16 x float> %623, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %626 = fadd <16 x float> %624, %625
  %627 = shufflevector <16 x float> %509, <16 x float> %626, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %628 = shufflevector <16 x float> %509, <16 x float> %626, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %629 = fadd <16 x float> %627, %628
  %630 = shufflevector <16 x float> %392, <16 x float> %629, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %631 = shufflevector <16 x float> %392, <16 x float> %629, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %632 = fadd <16 x float> %630, %631
  %633 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %632)
  %634 = call float @llvm.maxnum.f32(float %bm.0, float %633)
  %635 = fsub float %bm.0, %634
  %636 = insertelement <16 x float> poison, float %635, i64 0
  %splat22 = shufflevector <16 x float> %636, <16 x float> poison, <16 x i32> zeroinitializer
  %637 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat22, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %638 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %637, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %639 = fadd <16 x float> %638, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %639, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %638, %n
  %640 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %641 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %640, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %642 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %641, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %643 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %642, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %644 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %643, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %645 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %644, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %646 = fptosi <16 x float> %n to <16 x i32>
  %647 = shl <16 x i32> %646, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %648 = add <16 x i32> %647, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %649 = bitcast <16 x i32> %648 to <16 x float>
  %exp2 = fmul <16 x float> %645, %649
  %650 = insertelement <16 x float> poison, float %634, i64 0
  %splat23 = shufflevector <16 x float> %650, <16 x float> poison, <16 x i32> zeroinitializer
  %651 = fsub <16 x float> %632, %splat23
  %652 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %651, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %653 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %652, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %654 = fadd <16 x float> %653, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n24 = fadd <16 x float> %654, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f25 = fsub <16 x float> %653, %n24
  %655 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f25, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %656 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %655, <16 x float> %f25, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %656, <16 x float> %f25, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %658 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %657, <16 x float> %f25, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %659 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %658, <16 x float> %f25, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %660 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %659, <16 x float> %f25, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %661 = fptosi <16 x float> %n24 to <16 x i32>
  %662 = shl <16 x i32> %661, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %663 = add <16 x i32> %662, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %664 = bitcast <16 x i32> %663 to <16 x float>
  %exp226 = fmul <16 x float> %660, %664
  %665 = load <16 x float>, ptr %bacc71, align 64
  %666 = fmul <16 x float> %665, %exp2
  store <16 x float> %666, ptr %bacc71, align 64
  %667 = load <16 x float>, ptr %26, align 64
  %668 = fmul <16 x float> %667, %exp2
  store <16 x float> %668, ptr %26, align 64
  %669 = load <16 x float>, ptr %27, align 64
  %670 = fmul <16 x float> %669, %exp2
  store <16 x float> %670, ptr %27, align 64
  %671 = load <16 x float>, ptr %28, align 64
  %672 = fmul <16 x float> %671, %exp2
  store <16 x float> %672, ptr %28, align 64
  %673 = load <16 x float>, ptr %29, align 64
  %674 = fmul <16 x float> %673, %exp2
  store <16 x float> %674, ptr %29, align 64
  %675 = load <16 x float>, ptr %30, align 64
  %676 = fmul <16 x float> %675, %exp2
  store <16 x float> %676, ptr %30, align 64
  %677 = load <16 x float>, ptr %31, align 64
  %678 = fmul <16 x float> %677, %exp2
  store <16 x float> %678, ptr %31, align 64
  %679 = load <16 x float>, ptr %32, align 64
  %680 = fmul <16 x float> %679, %exp2
  store <16 x float> %680, ptr %32, align 64
  %681 = getelementptr i8, ptr %22, i64 %158
  %682 = load <16 x float>, ptr %681, align 4
  %683 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> zeroinitializer
  %684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %683, <16 x float> %682, <16 x float> %666)
  store <16 x float> %684, ptr %bacc71, align 64
  %685 = getelementptr i8, ptr %681, i64 64
  %686 = load <16 x float>, ptr %685, align 4
  %687 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %683, <16 x float> %686, <16 x float> %668)
  store <16 x float> %687, ptr %26, align 64
  %688 = getelementptr i8, ptr %681, i64 128
  %689 = load <16 x float>, ptr %688, align 4
  %690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %683, <16 x float> %689, <16 x float> %670)
  store <16 x float> %690, ptr %27, align 64
  %691 = getelementptr i8, ptr %681, i64 192
  %692 = load <16 x float>, ptr %691, align 4
  %693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %683, <16 x float> %692, <16 x float> %672)
  store <16 x float> %693, ptr %28, align 64
  %694 = getelementptr i8, ptr %681, i64 256
  %695 = load <16 x float>, ptr %694, align 4
  %696 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %683, <16 x float> %695, <16 x float> %674)
  store <16 x float> %696, ptr %29, align 64
  %697 = getelementptr i8, ptr %681, i64 320
  %698 = load <16 x float>, ptr %697, align 4
  %699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %683, <16 x float> %698, <16 x float> %676)
  store <16 x float> %699, ptr %30, align 64
  %700 = getelementptr i8, ptr %681, i64 384
  %701 = load <16 x float>, ptr %700, align 4
  %702 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %683, <16 x float> %701, <16 x float> %678)
  store <16 x float> %702, ptr %31, align 64
  %703 = getelementptr i8, ptr %681, i64 448
  %704 = load <16 x float>, ptr %703, align 4
  %705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %683, <16 x float> %704, <16 x float> %680)
  store <16 x float> %705, ptr %32, align 64
  %706 = getelementptr i8, ptr %22, i64 %185
  %707 = load <16 x float>, ptr %706, align 4
  %708 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %709 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %708, <16 x float> %707, <16 x float> %684)
  store <16 x float> %709, ptr %bacc71, align 64
  %710 = getelementptr i8, ptr %706, i64 64
  %711 = load <16 x float>, ptr %710, align 4
  %712 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %708, <16 x float> %711, <16 x float> %687)
  store <16 x float> %712, ptr %26, align 64
  %713 = getelementptr i8, ptr %706, i64 128
  %714 = load <16 x float>, ptr %713, align 4
  %715 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %708, <16 x float> %714, <16 x float> %690)
  store <16 x float> %715, ptr %27, align 64
  %716 = getelementptr i8, ptr %706, i64 192
  %717 = load <16 x float>, ptr %716, align 4
  %718 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %708, <16 x float> %717, <16 x float> %693)
  store <16 x float> %718, ptr %28, align 64
  %719 = getelementptr i8, ptr %706, i64 256
  %720 = load <16 x float>, ptr %719, align 4
  %721 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %708, <16 x float> %720, <16 x float> %696)
  store <16 x float> %721, ptr %29, align 64
  %722 = getelementptr i8, ptr %706, i64 320
  %723 = load <16 x float>, ptr %722, align 4
  %724 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %708, <16 x float> %723, <16 x float> %699)
  store <16 x float> %724, ptr %30, align 64
  %725 = getelementptr i8, ptr %706, i64 384
  %726 = load <16 x float>, ptr %725, align 4
  %727 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %708, <16 x float> %726, <16 x float> %702)
  store <16 x float> %727, ptr %31, align 64
  %728 = getelementptr i8, ptr %706, i64 448
  %729 = load <16 x float>, ptr %728, align 4
  %730 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %708, <16 x float> %729, <16 x float> %705)
  store <16 x float> %730, ptr %32, align 64
  %731 = getelementptr i8, ptr %22, i64 %215
  %732 = load <16 x float>, ptr %731, align 4
  %733 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %733, <16 x float> %732, <16 x float> %709)
  store <16 x float> %734, ptr %bacc71, align 64
  %735 = getelementptr i8, ptr %731, i64 64
  %736 = load <16 x float>, ptr %735, align 4
  %737 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %733, <16 x float> %736, <16 x float> %712)
  store <16 x float> %737, ptr %26, align 64
  %738 = getelementptr i8, ptr %731, i64 128
  %739 = load <16 x float>, ptr %738, align 4
  %740 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %733, <16 x float> %739, <16 x float> %715)
  store <16 x float> %740, ptr %27, align 64
  %741 = getelementptr i8, ptr %731, i64 192
  %742 = load <16 x float>, ptr %741, align 4
  %743 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %733, <16 x float> %742, <16 x float> %718)
  store <16 x float> %743, ptr %28, align 64
  %744 = getelementptr i8, ptr %731, i64 256
  %745 = load <16 x float>, ptr %744, align 4
  %746 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %733, <16 x float> %745, <16 x float> %721)
  store <16 x float> %746, ptr %29, align 64
  %747 = getelementptr i8, ptr %731, i64 320
  %748 = load <16 x float>, ptr %747, align 4
  %749 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %733, <16 x float> %748, <16 x float> %724)
  store <16 x float> %749, ptr %30, align 64
  %750 = getelementptr i8, ptr %731, i64 384
  %751 = load <16 x float>, ptr %750, align 4
  %752 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %733, <16 x float> %751, <16 x float> %727)
  store <16 x float> %752, ptr %31, align 64
  %753 = getelementptr i8, ptr %731, i64 448
  %754 = load <16 x float>, ptr %753, align 4
  %755 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %733, <16 x float> %754, <16 x float> %730)
  store <16 x float> %755, ptr %32, align 64
  %756 = getelementptr i8, ptr %22, i64 %242
  %757 = load <16 x float>, ptr %756, align 4
  %758 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %759 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %758, <16 x float> %757, <16 x float> %734)
  store <16 x float> %759, ptr %bacc71, align 64
  %760 = getelementptr i8, ptr %756, i64 64
  %761 = load <16 x float>, ptr %760, align 4
  %762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %758, <16 x float> %761, <16 x float> %737)
  store <16 x float> %762, ptr %26, align 64
  %763 = getelementptr i8, ptr %756, i64 128
  %764 = load <16 x float>, ptr %763, align 4
  %765 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %758, <16 x float> %764, <16 x float> %740)
  store <16 x float> %765, ptr %27, align 64
  %766 = getelementptr i8, ptr %756, i64 192
  %767 = load <16 x float>, ptr %766, align 4
  %768 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %758, <16 x float> %767, <16 x float> %743)
  store <16 x float> %768, ptr %28, align 64
  %769 = getelementptr i8, ptr %756, i64 256
  %770 = load <16 x float>, ptr %769, align 4
  %771 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %758, <16 x float> %770, <16 x float> %746)
  store <16 x float> %771, ptr %29, align 64
  %772 = getelementptr i8, ptr %756, i64 320
  %773 = load <16 x float>, ptr %772, align 4
  %774 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %758, <16 x float> %773, <16 x float> %749)
  store <16 x float> %774, ptr %30, align 64
  %775 = getelementptr i8, ptr %756, i64 384
  %776 = load <16 x float>, ptr %775, align 4
  %777 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %758, <16 x float> %776, <16 x float> %752)
  store <16 x float> %777, ptr %31, align 64
  %778 = getelementptr i8, ptr %756, i64 448
  %779 = load <16 x float>, ptr %778, align 4
  %780 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %758, <16 x float> %779, <16 x float> %755)
  store <16 x float> %780, ptr %32, align 64
  %781 = getelementptr i8, ptr %22, i64 %275
  %782 = load <16 x float>, ptr %781, align 4
  %783 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %784 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %783, <16 x float> %782, <16 x float> %759)
  store <16 x float> %784, ptr %bacc71, align 64
  %785 = getelementptr i8, ptr %781, i64 64
  %786 = load <16 x float>, ptr %785, align 4
  %787 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %783, <16 x float> %786, <16 x float> %762)
  store <16 x float> %787, ptr %26, align 64
  %788 = getelementptr i8, ptr %781, i64 128
  %789 = load <16 x float>, ptr %788, align 4
  %790 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %783, <16 x float> %789, <16 x float> %765)
  store <16 x float> %790, ptr %27, align 64
  %791 = getelementptr i8, ptr %781, i64 192
  %792 = load <16 x float>, ptr %791, align 4
  %793 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %783, <16 x float> %792, <16 x float> %768)
  store <16 x float> %793, ptr %28, align 64
  %794 = getelementptr i8, ptr %781, i64 256
  %795 = load <16 x float>, ptr %794, align 4
  %796 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %783, <16 x float> %795, <16 x float> %771)
  store <16 x float> %796, ptr %29, align 64
  %797 = getelementptr i8, ptr %781, i64 320
  %798 = load <16 x float>, ptr %797, align 4
  %799 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %783, <16 x float> %798, <16 x float> %774)
  store <16 x float> %799, ptr %30, align 64
  %800 = getelementptr i8, ptr %781, i64 384
  %801 = load <16 x float>, ptr %800, align 4
  %802 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %783, <16 x float> %801, <16 x float> %777)
  store <16 x float> %802, ptr %31, align 64
  %803 = getelementptr i8, ptr %781, i64 448
  %804 = load <16 x float>, ptr %803, align 4
  %805 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %783, <16 x float> %804, <16 x float> %780)
  store <16 x float> %805, ptr %32, align 64
  %806 = getelementptr i8, ptr %22, i64 %302
  %807 = load <16 x float>, ptr %806, align 4
  %808 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %809 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %808, <16 x float> %807, <16 x float> %784)
  store <16 x float> %809, ptr %bacc71, align 64
  %810 = getelementptr i8, ptr %806, i64 64
  %811 = load <16 x float>, ptr %810, align 4
  %812 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %808, <16 x float> %811, <16 x float> %787)
  store <16 x float> %812, ptr %26, align 64
  %813 = getelementptr i8, ptr %806, i64 128
  %814 = load <16 x float>, ptr %813, align 4
  %815 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %808, <16 x float> %814, <16 x float> %790)
  store <16 x float> %815, ptr %27, align 64
  %816 = getelementptr i8, ptr %806, i64 192
  %817 = load <16 x float>, ptr %816, align 4
  %818 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %808, <16 x float> %817, <16 x float> %793)
  store <16 x float> %818, ptr %28, align 64
  %819 = getelementptr i8, ptr %806, i64 256
  %820 = load <16 x float>, ptr %819, align 4
  %821 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %808, <16 x float> %820, <16 x float> %796)
  store <16 x float> %821, ptr %29, align 64
  %822 = getelementptr i8, ptr %806, i64 320
  %823 = load <16 x float>, ptr %822, align 4
  %824 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %808, <16 x float> %823, <16 x float> %799)
  store <16 x float> %824, ptr %30, align 64
  %825 = getelementptr i8, ptr %806, i64 384
  %826 = load <16 x float>, ptr %825, align 4
  %827 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %808, <16 x float> %826, <16 x float> %802)
  store <16 x float> %827, ptr %31, align 64
  %828 = getelementptr i8, ptr %806, i64 448
  %829 = load <16 x float>, ptr %828, align 4
  %830 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %808, <16 x float> %829, <16 x float> %805)
  store <16 x float> %830, ptr %32, align 64
  %831 = getelementptr i8, ptr %22, i64 %332
  %832 = load <16 x float>, ptr %831, align 4
  %833 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %834 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %833, <16 x float> %832, <16 x float> %809)
  store <16 x float> %834, ptr %bacc71, align 64
  %835 = getelementptr i8, ptr %831, i64 64
  %836 = load <16 x float>, ptr %835, align 4
  %837 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %833, <16 x float> %836, <16 x float> %812)
  store <16 x float> %837, ptr %26, align 64
  %838 = getelementptr i8, ptr %831, i64 128
  %839 = load <16 x float>, ptr %838, align 4
  %840 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %833, <16 x float> %839, <16 x float> %815)
  store <16 x float> %840, ptr %27, align 64
  %841 = getelementptr i8, ptr %831, i64 192
  %842 = load <16 x float>, ptr %841, align 4
  %843 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %833, <16 x float> %842, <16 x float> %818)
  store <16 x float> %843, ptr %28, align 64
  %844 = getelementptr i8, ptr %831, i64 256
  %845 = load <16 x float>, ptr %844, align 4
  %846 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %833, <16 x float> %845, <16 x float> %821)
  store <16 x float> %846, ptr %29, align 64
  %847 = getelementptr i8, ptr %831, i64 320
  %848 = load <16 x float>, ptr %847, align 4
  %849 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %833, <16 x float> %848, <16 x float> %824)
  store <16 x float> %849, ptr %30, align 64
  %850 = getelementptr i8, ptr %831, i64 384
  %851 = load <16 x float>, ptr %850, align 4
  %852 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %833, <16 x float> %851, <16 x float> %827)
  store <16 x float> %852, ptr %31, align 64
  %853 = getelementptr i8, ptr %831, i64 448
  %854 = load <16 x float>, ptr %853, align 4
  %855 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %833, <16 x float> %854, <16 x float> %830)
  store <16 x float> %855, ptr %32, align 64
  %856 = getelementptr i8, ptr %22, i64 %359
  %857 = load <16 x float>, ptr %856, align 4
  %858 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %859 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %858, <16 x float> %857, <16 x float> %834)
  store <16 x float> %859, ptr %bacc71, align 64
  %860 = getelementptr i8, ptr %856, i64 64
  %861 = load <16 x float>, ptr %860, align 4
  %862 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %858, <16 x float> %861, <16 x float> %837)
  store <16 x float> %862, ptr %26, align 64
  %863 = getelementptr i8, ptr %856, i64 128
  %864 = load <16 x float>, ptr %863, align 4
  %865 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %858, <16 x float> %864, <16 x float> %840)
  store <16 x float> %865, ptr %27, align 64
  %866 = getelementptr i8, ptr %856, i64 192
  %867 = load <16 x float>, ptr %866, align 4
  %868 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %858, <16 x float> %867, <16 x float> %843)
  store <16 x float> %868, ptr %28, align 64
  %869 = getelementptr i8, ptr %856, i64 256
  %870 = load <16 x float>, ptr %869, align 4
  %871 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %858, <16 x float> %870, <16 x float> %846)
  store <16 x float> %871, ptr %29, align 64
  %872 = getelementptr i8, ptr %856, i64 320
  %873 = load <16 x float>, ptr %872, align 4
  %874 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %858, <16 x float> %873, <16 x float> %849)
  store <16 x float> %874, ptr %30, align 64
  %875 = getelementptr i8, ptr %856, i64 384
  %876 = load <16 x float>, ptr %875, align 4
  %877 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %858, <16 x float> %876, <16 x float> %852)
  store <16 x float> %877, ptr %31, align 64
  %878 = getelementptr i8, ptr %856, i64 448
  %879 = load <16 x float>, ptr %878, align 4
  %880 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %858, <16 x float> %879, <16 x float> %855)
  store <16 x float> %880, ptr %32, align 64
  %881 = getelementptr i8, ptr %22, i64 %395
  %882 = load <16 x float>, ptr %881, align 4
  %883 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %884 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %883, <16 x float> %882, <16 x float> %859)
  store <16 x float> %884, ptr %bacc71, align 64
  %885 = getelementptr i8, ptr %881, i64 64
  %886 = load <16 x float>, ptr %885, align 4
  %887 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %883, <16 x float> %886, <16 x float> %862)
  store <16 x float> %887, ptr %26, align 64
  %888 = getelementptr i8, ptr %881, i64 128
  %889 = load <16 x float>, ptr %888, align 4
  %890 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %883, <16 x float> %889, <16 x float> %865)
  store <16 x float> %890, ptr %27, align 64
  %891 = getelementptr i8, ptr %881, i64 192
  %892 = load <16 x float>, ptr %891, align 4
  %893 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %883, <16 x float> %892, <16 x float> %868)
  store <16 x float> %893, ptr %28, align 64
  %894 = getelementptr i8, ptr %881, i64 256
  %895 = load <16 x float>, ptr %894, align 4
  %896 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %883, <16 x float> %895, <16 x float> %871)
  store <16 x float> %896, ptr %29, align 64
  %897 = getelementptr i8, ptr %881, i64 320
  %898 = load <16 x float>, ptr %897, align 4
  %899 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %883, <16 x float> %898, <16 x float> %874)
  store <16 x float> %899, ptr %30, align 64
  %900 = getelementptr i8, ptr %881, i64 384
  %901 = load <16 x float>, ptr %900, align 4
  %902 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %883, <16 x float> %901, <16 x float> %877)
  store <16 x float> %902, ptr %31, align 64
  %903 = getelementptr i8, ptr %881, i64 448
  %904 = load <16 x float>, ptr %903, align 4
  %905 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %883, <16 x float> %904, <16 x float> %880)
  store <16 x float> %905, ptr %32, align 64
  %906 = getelementptr i8, ptr %22, i64 %422
  %907 = load <16 x float>, ptr %906, align 4
  %908 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %909 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %908, <16 x float> %907, <16 x float> %884)
  store <16 x float> %909, ptr %bacc71, align 64
  %910 = getelementptr i8, ptr %906, i64 64
  %911 = load <16 x float>, ptr %910, align 4
  %912 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %908, <16 x float> %911, <16 x float> %887)
  store <16 x float> %912, ptr %26, align 64
  %913 = getelementptr i8, ptr %906, i64 128
  %914 = load <16 x float>, ptr %913, align 4
  %915 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %908, <16 x float> %914, <16 x float> %890)
  store <16 x float> %915, ptr %27, align 64
  %916 = getelementptr i8, ptr %906, i64 192
  %917 = load <16 x float>, ptr %916, align 4
  %918 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %908, <16 x float> %917, <16 x float> %893)
  store <16 x float> %918, ptr %28, align 64
  %919 = getelementptr i8, ptr %906, i64 256
  %920 = load <16 x float>, ptr %919, align 4
  %921 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %908, <16 x float> %920, <16 x float> %896)
  store <16 x float> %921, ptr %29, align 64
  %922 = getelementptr i8, ptr %906, i64 320
  %923 = load <16 x float>, ptr %922, align 4
  %924 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %908, <16 x float> %923, <16 x float> %899)
  store <16 x float> %924, ptr %30, align 64
  %925 = getelementptr i8, ptr %906, i64 384
  %926 = load <16 x float>, ptr %925, align 4
  %927 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %908, <16 x float> %926, <16 x float> %902)
  store <16 x float> %927, ptr %31, align 64
  %928 = getelementptr i8, ptr %906, i64 448
  %929 = load <16 x float>, ptr %928, align 4
  %930 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %908, <16 x float> %929, <16 x float> %905)
  store <16 x float> %930, ptr %32, align 64
  %931 = getelementptr i8, ptr %22, i64 %452
  %932 = load <16 x float>, ptr %931, align 4
  %933 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %934 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %933, <16 x float> %932, <16 x float> %909)
  store <16 x float> %934, ptr %bacc71, align 64
  %935 = getelementptr i8, ptr %931, i64 64
  %936 = load <16 x float>, ptr %935, align 4
  %937 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %933, <16 x float> %936, <16 x float> %912)
  store <16 x float> %937, ptr %26, align 64
  %938 = getelementptr i8, ptr %931, i64 128
  %939 = load <16 x float>, ptr %938, align 4
  %940 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %933, <16 x float> %939, <16 x float> %915)
  store <16 x float> %940, ptr %27, align 64
  %941 = getelementptr i8, ptr %931, i64 192
  %942 = load <16 x float>, ptr %941, align 4
  %943 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %933, <16 x float> %942, <16 x float> %918)
  store <16 x float> %943, ptr %28, align 64
  %944 = getelementptr i8, ptr %931, i64 256
  %945 = load <16 x float>, ptr %944, align 4
  %946 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %933, <16 x float> %945, <16 x float> %921)
  store <16 x float> %946, ptr %29, align 64
  %947 = getelementptr i8, ptr %931, i64 320
  %948 = load <16 x float>, ptr %947, align 4
  %949 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %933, <16 x float> %948, <16 x float> %924)
  store <16 x float> %949, ptr %30, align 64
  %950 = getelementptr i8, ptr %931, i64 384
  %951 = load <16 x float>, ptr %950, align 4
  %952 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %933, <16 x float> %951, <16 x float> %927)
  store <16 x float> %952, ptr %31, align 64
  %953 = getelementptr i8, ptr %931, i64 448
  %954 = load <16 x float>, ptr %953, align 4
  %955 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %933, <16 x float> %954, <16 x float> %930)
  store <16 x float> %955, ptr %32, align 64
  %956 = getelementptr i8, ptr %22, i64 %479
  %957 = load <16 x float>, ptr %956, align 4
  %958 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %959 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %958, <16 x float> %957, <16 x float> %934)
  store <16 x float> %959, ptr %bacc71, align 64
  %960 = getelementptr i8, ptr %956, i64 64
  %961 = load <16 x float>, ptr %960, align 4
  %962 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %958, <16 x float> %961, <16 x float> %937)
  store <16 x float> %962, ptr %26, align 64
  %963 = getelementptr i8, ptr %956, i64 128
  %964 = load <16 x float>, ptr %963, align 4
  %965 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %958, <16 x float> %964, <16 x float> %940)
  store <16 x float> %965, ptr %27, align 64
  %966 = getelementptr i8, ptr %956, i64 192
  %967 = load <16 x float>, ptr %966, align 4
  %968 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %958, <16 x float> %967, <16 x float> %943)
  store <16 x float> %968, ptr %28, align 64
  %969 = getelementptr i8, ptr %956, i64 256
  %970 = load <16 x float>, ptr %969, align 4
  %971 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %958, <16 x float> %970, <16 x float> %946)
  store <16 x float> %971, ptr %29, align 64
  %972 = getelementptr i8, ptr %956, i64 320
  %973 = load <16 x float>, ptr %972, align 4
  %974 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %958, <16 x float> %973, <16 x float> %949)
  store <16 x float> %974, ptr %30, align 64
  %975 = getelementptr i8, ptr %956, i64 384
  %976 = load <16 x float>, ptr %975, align 4
  %977 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %958, <16 x float> %976, <16 x float> %952)
  store <16 x float> %977, ptr %31, align 64
  %978 = getelementptr i8, ptr %956, i64 448
  %979 = load <16 x float>, ptr %978, align 4
  %980 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %958, <16 x float> %979, <16 x float> %955)
  store <16 x float> %980, ptr %32, align 64
  %981 = getelementptr i8, ptr %22, i64 %512
  %982 = load <16 x float>, ptr %981, align 4
  %983 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %984 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %983, <16 x float> %982, <16 x float> %959)
  store <16 x float> %984, ptr %bacc71, align 64
  %985 = getelementptr i8, ptr %981, i64 64
  %986 = load <16 x float>, ptr %985, align 4
  %987 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %983, <16 x float> %986, <16 x float> %962)
  store <16 x float> %987, ptr %26, align 64
  %988 = getelementptr i8, ptr %981, i64 128
  %989 = load <16 x float>, ptr %988, align 4
  %990 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %983, <16 x float> %989, <16 x float> %965)
  store <16 x float> %990, ptr %27, align 64
  %991 = getelementptr i8, ptr %981, i64 192
  %992 = load <16 x float>, ptr %991, align 4
  %993 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %983, <16 x float> %992, <16 x float> %968)
  store <16 x float> %993, ptr %28, align 64
  %994 = getelementptr i8, ptr %981, i64 256
  %995 = load <16 x float>, ptr %994, align 4
  %996 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %983, <16 x float> %995, <16 x float> %971)
  store <16 x float> %996, ptr %29, align 64
  %997 = getelementptr i8, ptr %981, i64 320
  %998 = load <16 x float>, ptr %997, align 4
  %999 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %983, <16 x float> %998, <16 x float> %974)
  store <16 x float> %999, ptr %30, align 64
  %1000 = getelementptr i8, ptr %981, i64 384
  %1001 = load <16 x float>, ptr %1000, align 4
  %1002 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %983, <16 x float> %1001, <16 x float> %977)
  store <16 x float> %1002, ptr %31, align 64
  %1003 = getelementptr i8, ptr %981, i64 448
  %1004 = load <16 x float>, ptr %1003, align 4
  %1005 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %983, <16 x float> %1004, <16 x float> %980)
  store <16 x float> %1005, ptr %32, align 64
  %1006 = getelementptr i8, ptr %22, i64 %539
  %1007 = load <16 x float>, ptr %1006, align 4
  %1008 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %1009 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1008, <16 x float> %1007, <16 x float> %984)
  store <16 x float> %1009, ptr %bacc71, align 64
  %1010 = getelementptr i8, ptr %1006, i64 64
  %1011 = load <16 x float>, ptr %1010, align 4
  %1012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1008, <16 x float> %1011, <16 x float> %987)
  store <16 x float> %1012, ptr %26, align 64
  %1013 = getelementptr i8, ptr %1006, i64 128
  %1014 = load <16 x float>, ptr %1013, align 4
  %1015 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1008, <16 x float> %1014, <16 x float> %990)
  store <16 x float> %1015, ptr %27, align 64
  %1016 = getelementptr i8, ptr %1006, i64 192
  %1017 = load <16 x float>, ptr %1016, align 4
  %1018 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1008, <16 x float> %1017, <16 x float> %993)
  store <16 x float> %1018, ptr %28, align 64
  %1019 = getelementptr i8, ptr %1006, i64 256
  %1020 = load <16 x float>, ptr %1019, align 4
  %1021 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1008, <16 x float> %1020, <16 x float> %996)
  store <16 x float> %1021, ptr %29, align 64
  %1022 = getelementptr i8, ptr %1006, i64 320
  %1023 = load <16 x float>, ptr %1022, align 4
  %1024 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1008, <16 x float> %1023, <16 x float> %999)
  store <16 x float> %1024, ptr %30, align 64
  %1025 = getelementptr i8, ptr %1006, i64 384
  %1026 = load <16 x float>, ptr %1025, align 4
  %1027 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1008, <16 x float> %1026, <16 x float> %1002)
  store <16 x float> %1027, ptr %31, align 64
  %1028 = getelementptr i8, ptr %1006, i64 448
  %1029 = load <16 x float>, ptr %1028, align 4
  %1030 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1008, <16 x float> %1029, <16 x float> %1005)
  store <16 x float> %1030, ptr %32, align 64
  %1031 = getelementptr i8, ptr %22, i64 %569
  %1032 = load <16 x float>, ptr %1031, align 4
  %1033 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %1034 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1033, <16 x float> %1032, <16 x float> %1009)
  store <16 x float> %1034, ptr %bacc71, align 64
  %1035 = getelementptr i8, ptr %1031, i64 64
  %1036 = load <16 x float>, ptr %1035, align 4
  %1037 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1033, <16 x float> %1036, <16 x float> %1012)
  store <16 x float> %1037, ptr %26, align 64
  %1038 = getelementptr i8, ptr %1031, i64 128
  %1039 = load <16 x float>, ptr %1038, align 4
  %1040 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1033, <16 x float> %1039, <16 x float> %1015)
  store <16 x float> %1040, ptr %27, align 64
  %1041 = getelementptr i8, ptr %1031, i64 192
  %1042 = load <16 x float>, ptr %1041, align 4
  %1043 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1033, <16 x float> %1042, <16 x float> %1018)
  store <16 x float> %1043, ptr %28, align 64
  %1044 = getelementptr i8, ptr %1031, i64 256
  %1045 = load <16 x float>, ptr %1044, align 4
  %1046 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1033, <16 x float> %1045, <16 x float> %1021)
  store <16 x float> %1046, ptr %29, align 64
  %1047 = getelementptr i8, ptr %1031, i64 320
  %1048 = load <16 x float>, ptr %1047, align 4
  %1049 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1033, <16 x float> %1048, <16 x float> %1024)
  store <16 x float> %1049, ptr %30, align 64
  %1050 = getelementptr i8, ptr %1031, i64 384
  %1051 = load <16 x float>, ptr %1050, align 4
  %1052 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1033, <16 x float> %1051, <16 x float> %1027)
  store <16 x float> %1052, ptr %31, align 64
  %1053 = getelementptr i8, ptr %1031, i64 448
  %1054 = load <16 x float>, ptr %1053, align 4
  %1055 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1033, <16 x float> %1054, <16 x float> %1030)
  store <16 x float> %1055, ptr %32, align 64
  %1056 = getelementptr i8, ptr %22, i64 %596
  %1057 = load <16 x float>, ptr %1056, align 4
  %1058 = shufflevector <16 x float> %exp226, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1059 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1058, <16 x float> %1057, <16 x float> %1034)
  store <16 x float> %1059, ptr %bacc71, align 64
  %1060 = getelementptr i8, ptr %1056, i64 64
  %1061 = load <16 x float>, ptr %1060, align 4
  %1062 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1058, <16 x float> %1061, <16 x float> %1037)
  store <16 x float> %1062, ptr %26, align 64
  %1063 = getelementptr i8, ptr %1056, i64 128
  %1064 = load <16 x float>, ptr %1063, align 4
  %1065 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1058, <16 x float> %1064, <16 x float> %1040)
  store <16 x float> %1065, ptr %27, align 64
  %1066 = getelementptr i8, ptr %1056, i64 192
  %1067 = load <16 x float>, ptr %1066, align 4
  %1068 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1058, <16 x float> %1067, <16 x float> %1043)
  store <16 x float> %1068, ptr %28, align 64
  %1069 = getelementptr i8, ptr %1056, i64 256
  %1070 = load <16 x float>, ptr %1069, align 4
  %1071 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1058, <16 x float> %1070, <16 x float> %1046)
  store <16 x float> %1071, ptr %29, align 64
  %1072 = getelementptr i8, ptr %1056, i64 320
  %1073 = load <16 x float>, ptr %1072, align 4
  %1074 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1058, <16 x float> %1073, <16 x float> %1049)
  store <16 x float> %1074, ptr %30, align 64
  %1075 = getelementptr i8, ptr %1056, i64 384
  %1076 = load <16 x float>, ptr %1075, align 4
  %1077 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1058, <16 x float> %1076, <16 x float> %1052)
  store <16 x float> %1077, ptr %31, align 64
  %1078 = getelementptr i8, ptr %1056, i64 448
  %1079 = load <16 x float>, ptr %1078, align 4
  %1080 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1058, <16 x float> %1079, <16 x float> %1055)
  store <16 x float> %1080, ptr %32, align 64
  %1081 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %bl.0, <16 x float> %exp2, <16 x float> %exp226)
  %1082 = add nsw i32 %kfull13, 16
  br label %kfull

kmask:                                            ; preds = %kfull, %body27
  %1083 = phi <16 x float> [ %2037, %body27 ], [ %148, %kfull ]
  %1084 = phi <16 x float> [ %2034, %body27 ], [ %149, %kfull ]
  %1085 = phi <16 x float> [ %2031, %body27 ], [ %150, %kfull ]
  %1086 = phi <16 x float> [ %2028, %body27 ], [ %151, %kfull ]
  %1087 = phi <16 x float> [ %2025, %body27 ], [ %152, %kfull ]
  %1088 = phi <16 x float> [ %2022, %body27 ], [ %153, %kfull ]
  %1089 = phi <16 x float> [ %2019, %body27 ], [ %154, %kfull ]
  %1090 = phi <16 x float> [ %2016, %body27 ], [ %155, %kfull ]
  %bl.1 = phi <16 x float> [ %2038, %body27 ], [ %bl.0, %kfull ]
  %bm.1 = phi float [ %1589, %body27 ], [ %bm.0, %kfull ]
  %kmask30 = phi i32 [ %2039, %body27 ], [ %101, %kfull ]
  %1091 = icmp slt i32 %kmask30, %97
  br i1 %1091, label %body27, label %exit29

body27:                                           ; preds = %kmask
  %q31 = load <16 x float>, ptr %138, align 64
  %q32 = load <16 x float>, ptr %139, align 64
  %q33 = load <16 x float>, ptr %140, align 64
  %q34 = load <16 x float>, ptr %141, align 64
  %q35 = load <16 x float>, ptr %142, align 64
  %q36 = load <16 x float>, ptr %143, align 64
  %q37 = load <16 x float>, ptr %144, align 64
  %q38 = load <16 x float>, ptr %145, align 64
  %1092 = call i32 @llvm.smin.i32(i32 %kmask30, i32 %33)
  %1093 = sext i32 %1092 to i64
  %1094 = shl nsw i64 %1093, 14
  %1095 = getelementptr i8, ptr %20, i64 %1094
  %1096 = load <16 x float>, ptr %1095, align 4
  %1097 = getelementptr i8, ptr %1095, i64 64
  %1098 = load <16 x float>, ptr %1097, align 4
  %1099 = getelementptr i8, ptr %1095, i64 128
  %1100 = load <16 x float>, ptr %1099, align 4
  %1101 = getelementptr i8, ptr %1095, i64 192
  %1102 = load <16 x float>, ptr %1101, align 4
  %1103 = getelementptr i8, ptr %1095, i64 256
  %1104 = load <16 x float>, ptr %1103, align 4
  %1105 = getelementptr i8, ptr %1095, i64 320
  %1106 = load <16 x float>, ptr %1105, align 4
  %1107 = getelementptr i8, ptr %1095, i64 384
  %1108 = load <16 x float>, ptr %1107, align 4
  %1109 = getelementptr i8, ptr %1095, i64 448
  %1110 = load <16 x float>, ptr %1109, align 4
  %1111 = fmul <16 x float> %q31, %1096
  %1112 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1098, <16 x float> %1111)
  %1113 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1100, <16 x float> %1112)
  %1114 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1102, <16 x float> %1113)
  %1115 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1104, <16 x float> %1114)
  %1116 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1106, <16 x float> %1115)
  %1117 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1108, <16 x float> %1116)
  %1118 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1110, <16 x float> %1117)
  %1119 = add i32 %kmask30, 1
  %1120 = call i32 @llvm.smin.i32(i32 %1119, i32 %33)
  %1121 = sext i32 %1120 to i64
  %1122 = shl nsw i64 %1121, 14
  %1123 = getelementptr i8, ptr %20, i64 %1122
  %1124 = load <16 x float>, ptr %1123, align 4
  %1125 = getelementptr i8, ptr %1123, i64 64
  %1126 = load <16 x float>, ptr %1125, align 4
  %1127 = getelementptr i8, ptr %1123, i64 128
  %1128 = load <16 x float>, ptr %1127, align 4
  %1129 = getelementptr i8, ptr %1123, i64 192
  %1130 = load <16 x float>, ptr %1129, align 4
  %1131 = getelementptr i8, ptr %1123, i64 256
  %1132 = load <16 x float>, ptr %1131, align 4
  %1133 = getelementptr i8, ptr %1123, i64 320
  %1134 = load <16 x float>, ptr %1133, align 4
  %1135 = getelementptr i8, ptr %1123, i64 384
  %1136 = load <16 x float>, ptr %1135, align 4
  %1137 = getelementptr i8, ptr %1123, i64 448
  %1138 = load <16 x float>, ptr %1137, align 4
  %1139 = fmul <16 x float> %q31, %1124
  %1140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1126, <16 x float> %1139)
  %1141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1128, <16 x float> %1140)
  %1142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1130, <16 x float> %1141)
  %1143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1132, <16 x float> %1142)
  %1144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1134, <16 x float> %1143)
  %1145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1136, <16 x float> %1144)
  %1146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1138, <16 x float> %1145)
  %1147 = shufflevector <16 x float> %1118, <16 x float> %1146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1148 = shufflevector <16 x float> %1118, <16 x float> %1146, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1149 = fadd <16 x float> %1147, %1148
  %1150 = add i32 %kmask30, 2
  %1151 = call i32 @llvm.smin.i32(i32 %1150, i32 %33)
  %1152 = sext i32 %1151 to i64
  %1153 = shl nsw i64 %1152, 14
  %1154 = getelementptr i8, ptr %20, i64 %1153
  %1155 = load <16 x float>, ptr %1154, align 4
  %1156 = getelementptr i8, ptr %1154, i64 64
  %1157 = load <16 x float>, ptr %1156, align 4
  %1158 = getelementptr i8, ptr %1154, i64 128
  %1159 = load <16 x float>, ptr %1158, align 4
  %1160 = getelementptr i8, ptr %1154, i64 192
  %1161 = load <16 x float>, ptr %1160, align 4
  %1162 = getelementptr i8, ptr %1154, i64 256
  %1163 = load <16 x float>, ptr %1162, align 4
  %1164 = getelementptr i8, ptr %1154, i64 320
  %1165 = load <16 x float>, ptr %1164, align 4
  %1166 = getelementptr i8, ptr %1154, i64 384
  %1167 = load <16 x float>, ptr %1166, align 4
  %1168 = getelementptr i8, ptr %1154, i64 448
  %1169 = load <16 x float>, ptr %1168, align 4
  %1170 = fmul <16 x float> %q31, %1155
  %1171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1157, <16 x float> %1170)
  %1172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1159, <16 x float> %1171)
  %1173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1161, <16 x float> %1172)
  %1174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1163, <16 x float> %1173)
  %1175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1165, <16 x float> %1174)
  %1176 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1167, <16 x float> %1175)
  %1177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1169, <16 x float> %1176)
  %1178 = add i32 %kmask30, 3
  %1179 = call i32 @llvm.smin.i32(i32 %1178, i32 %33)
  %1180 = sext i32 %1179 to i64
  %1181 = shl nsw i64 %1180, 14
  %1182 = getelementptr i8, ptr %20, i64 %1181
  %1183 = load <16 x float>, ptr %1182, align 4
  %1184 = getelementptr i8, ptr %1182, i64 64
  %1185 = load <16 x float>, ptr %1184, align 4
  %1186 = getelementptr i8, ptr %1182, i64 128
  %1187 = load <16 x float>, ptr %1186, align 4
  %1188 = getelementptr i8, ptr %1182, i64 192
  %1189 = load <16 x float>, ptr %1188, align 4
  %1190 = getelementptr i8, ptr %1182, i64 256
  %1191 = load <16 x float>, ptr %1190, align 4
  %1192 = getelementptr i8, ptr %1182, i64 320
  %1193 = load <16 x float>, ptr %1192, align 4
  %1194 = getelementptr i8, ptr %1182, i64 384
  %1195 = load <16 x float>, ptr %1194, align 4
  %1196 = getelementptr i8, ptr %1182, i64 448
  %1197 = load <16 x float>, ptr %1196, align 4
  %1198 = fmul <16 x float> %q31, %1183
  %1199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1185, <16 x float> %1198)
  %1200 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1187, <16 x float> %1199)
  %1201 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1189, <16 x float> %1200)
  %1202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1191, <16 x float> %1201)
  %1203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1193, <16 x float> %1202)
  %1204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1195, <16 x float> %1203)
  %1205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1197, <16 x float> %1204)
  %1206 = shufflevector <16 x float> %1177, <16 x float> %1205, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1207 = shufflevector <16 x float> %1177, <16 x float> %1205, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1208 = fadd <16 x float> %1206, %1207
  %1209 = shufflevector <16 x float> %1149, <16 x float> %1208, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1210 = shufflevector <16 x float> %1149, <16 x float> %1208, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1211 = fadd <16 x float> %1209, %1210
  %1212 = add i32 %kmask30, 4
  %1213 = call i32 @llvm.smin.i32(i32 %1212, i32 %33)
  %1214 = sext i32 %1213 to i64
  %1215 = shl nsw i64 %1214, 14
  %1216 = getelementptr i8, ptr %20, i64 %1215
  %1217 = load <16 x float>, ptr %1216, align 4
  %1218 = getelementptr i8, ptr %1216, i64 64
  %1219 = load <16 x float>, ptr %1218, align 4
  %1220 = getelementptr i8, ptr %1216, i64 128
  %1221 = load <16 x float>, ptr %1220, align 4
  %1222 = getelementptr i8, ptr %1216, i64 192
  %1223 = load <16 x float>, ptr %1222, align 4
  %1224 = getelementptr i8, ptr %1216, i64 256
  %1225 = load <16 x float>, ptr %1224, align 4
  %1226 = getelementptr i8, ptr %1216, i64 320
  %1227 = load <16 x float>, ptr %1226, align 4
  %1228 = getelementptr i8, ptr %1216, i64 384
  %1229 = load <16 x float>, ptr %1228, align 4
  %1230 = getelementptr i8, ptr %1216, i64 448
  %1231 = load <16 x float>, ptr %1230, align 4
  %1232 = fmul <16 x float> %q31, %1217
  %1233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1219, <16 x float> %1232)
  %1234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1221, <16 x float> %1233)
  %1235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1223, <16 x float> %1234)
  %1236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1225, <16 x float> %1235)
  %1237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1227, <16 x float> %1236)
  %1238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1229, <16 x float> %1237)
  %1239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1231, <16 x float> %1238)
  %1240 = add i32 %kmask30, 5
  %1241 = call i32 @llvm.smin.i32(i32 %1240, i32 %33)
  %1242 = sext i32 %1241 to i64
  %1243 = shl nsw i64 %1242, 14
  %1244 = getelementptr i8, ptr %20, i64 %1243
  %1245 = load <16 x float>, ptr %1244, align 4
  %1246 = getelementptr i8, ptr %1244, i64 64
  %1247 = load <16 x float>, ptr %1246, align 4
  %1248 = getelementptr i8, ptr %1244, i64 128
  %1249 = load <16 x float>, ptr %1248, align 4
  %1250 = getelementptr i8, ptr %1244, i64 192
  %1251 = load <16 x float>, ptr %1250, align 4
  %1252 = getelementptr i8, ptr %1244, i64 256
  %1253 = load <16 x float>, ptr %1252, align 4
  %1254 = getelementptr i8, ptr %1244, i64 320
  %1255 = load <16 x float>, ptr %1254, align 4
  %1256 = getelementptr i8, ptr %1244, i64 384
  %1257 = load <16 x float>, ptr %1256, align 4
  %1258 = getelementptr i8, ptr %1244, i64 448
  %1259 = load <16 x float>, ptr %1258, align 4
  %1260 = fmul <16 x float> %q31, %1245
  %1261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1247, <16 x float> %1260)
  %1262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1249, <16 x float> %1261)
  %1263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1251, <16 x float> %1262)
  %1264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1253, <16 x float> %1263)
  %1265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1255, <16 x float> %1264)
  %1266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1257, <16 x float> %1265)
  %1267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1259, <16 x float> %1266)
  %1268 = shufflevector <16 x float> %1239, <16 x float> %1267, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1269 = shufflevector <16 x float> %1239, <16 x float> %1267, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1270 = fadd <16 x float> %1268, %1269
  %1271 = add i32 %kmask30, 6
  %1272 = call i32 @llvm.smin.i32(i32 %1271, i32 %33)
  %1273 = sext i32 %1272 to i64
  %1274 = shl nsw i64 %1273, 14
  %1275 = getelementptr i8, ptr %20, i64 %1274
  %1276 = load <16 x float>, ptr %1275, align 4
  %1277 = getelementptr i8, ptr %1275, i64 64
  %1278 = load <16 x float>, ptr %1277, align 4
  %1279 = getelementptr i8, ptr %1275, i64 128
  %1280 = load <16 x float>, ptr %1279, align 4
  %1281 = getelementptr i8, ptr %1275, i64 192
  %1282 = load <16 x float>, ptr %1281, align 4
  %1283 = getelementptr i8, ptr %1275, i64 256
  %1284 = load <16 x float>, ptr %1283, align 4
  %1285 = getelementptr i8, ptr %1275, i64 320
  %1286 = load <16 x float>, ptr %1285, align 4
  %1287 = getelementptr i8, ptr %1275, i64 384
  %1288 = load <16 x float>, ptr %1287, align 4
  %1289 = getelementptr i8, ptr %1275, i64 448
  %1290 = load <16 x float>, ptr %1289, align 4
  %1291 = fmul <16 x float> %q31, %1276
  %1292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1278, <16 x float> %1291)
  %1293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1280, <16 x float> %1292)
  %1294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1282, <16 x float> %1293)
  %1295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1284, <16 x float> %1294)
  %1296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1286, <16 x float> %1295)
  %1297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1288, <16 x float> %1296)
  %1298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1290, <16 x float> %1297)
  %1299 = add i32 %kmask30, 7
  %1300 = call i32 @llvm.smin.i32(i32 %1299, i32 %33)
  %1301 = sext i32 %1300 to i64
  %1302 = shl nsw i64 %1301, 14
  %1303 = getelementptr i8, ptr %20, i64 %1302
  %1304 = load <16 x float>, ptr %1303, align 4
  %1305 = getelementptr i8, ptr %1303, i64 64
  %1306 = load <16 x float>, ptr %1305, align 4
  %1307 = getelementptr i8, ptr %1303, i64 128
  %1308 = load <16 x float>, ptr %1307, align 4
  %1309 = getelementptr i8, ptr %1303, i64 192
  %1310 = load <16 x float>, ptr %1309, align 4
  %1311 = getelementptr i8, ptr %1303, i64 256
  %1312 = load <16 x float>, ptr %1311, align 4
  %1313 = getelementptr i8, ptr %1303, i64 320
  %1314 = load <16 x float>, ptr %1313, align 4
  %1315 = getelementptr i8, ptr %1303, i64 384
  %1316 = load <16 x float>, ptr %1315, align 4
  %1317 = getelementptr i8, ptr %1303, i64 448
  %1318 = load <16 x float>, ptr %1317, align 4
  %1319 = fmul <16 x float> %q31, %1304
  %1320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1306, <16 x float> %1319)
  %1321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1308, <16 x float> %1320)
  %1322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1310, <16 x float> %1321)
  %1323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1312, <16 x float> %1322)
  %1324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1314, <16 x float> %1323)
  %1325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1316, <16 x float> %1324)
  %1326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1318, <16 x float> %1325)
  %1327 = shufflevector <16 x float> %1298, <16 x float> %1326, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1328 = shufflevector <16 x float> %1298, <16 x float> %1326, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1329 = fadd <16 x float> %1327, %1328
  %1330 = shufflevector <16 x float> %1270, <16 x float> %1329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1331 = shufflevector <16 x float> %1270, <16 x float> %1329, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1332 = fadd <16 x float> %1330, %1331
  %1333 = shufflevector <16 x float> %1211, <16 x float> %1332, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1334 = shufflevector <16 x float> %1211, <16 x float> %1332, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1335 = fadd <16 x float> %1333, %1334
  %1336 = add i32 %kmask30, 8
  %1337 = call i32 @llvm.smin.i32(i32 %1336, i32 %33)
  %1338 = sext i32 %1337 to i64
  %1339 = shl nsw i64 %1338, 14
  %1340 = getelementptr i8, ptr %20, i64 %1339
  %1341 = load <16 x float>, ptr %1340, align 4
  %1342 = getelementptr i8, ptr %1340, i64 64
  %1343 = load <16 x float>, ptr %1342, align 4
  %1344 = getelementptr i8, ptr %1340, i64 128
  %1345 = load <16 x float>, ptr %1344, align 4
  %1346 = getelementptr i8, ptr %1340, i64 192
  %1347 = load <16 x float>, ptr %1346, align 4
  %1348 = getelementptr i8, ptr %1340, i64 256
  %1349 = load <16 x float>, ptr %1348, align 4
  %1350 = getelementptr i8, ptr %1340, i64 320
  %1351 = load <16 x float>, ptr %1350, align 4
  %1352 = getelementptr i8, ptr %1340, i64 384
  %1353 = load <16 x float>, ptr %1352, align 4
  %1354 = getelementptr i8, ptr %1340, i64 448
  %1355 = load <16 x float>, ptr %1354, align 4
  %1356 = fmul <16 x float> %q31, %1341
  %1357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1343, <16 x float> %1356)
  %1358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1345, <16 x float> %1357)
  %1359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1347, <16 x float> %1358)
  %1360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1349, <16 x float> %1359)
  %1361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1351, <16 x float> %1360)
  %1362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1353, <16 x float> %1361)
  %1363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1355, <16 x float> %1362)
  %1364 = add i32 %kmask30, 9
  %1365 = call i32 @llvm.smin.i32(i32 %1364, i32 %33)
  %1366 = sext i32 %1365 to i64
  %1367 = shl nsw i64 %1366, 14
  %1368 = getelementptr i8, ptr %20, i64 %1367
  %1369 = load <16 x float>, ptr %1368, align 4
  %1370 = getelementptr i8, ptr %1368, i64 64
  %1371 = load <16 x float>, ptr %1370, align 4
  %1372 = getelementptr i8, ptr %1368, i64 128
  %1373 = load <16 x float>, ptr %1372, align 4
  %1374 = getelementptr i8, ptr %1368, i64 192
  %1375 = load <16 x float>, ptr %1374, align 4
  %1376 = getelementptr i8, ptr %1368, i64 256
  %1377 = load <16 x float>, ptr %1376, align 4
  %1378 = getelementptr i8, ptr %1368, i64 320
  %1379 = load <16 x float>, ptr %1378, align 4
  %1380 = getelementptr i8, ptr %1368, i64 384
  %1381 = load <16 x float>, ptr %1380, align 4
  %1382 = getelementptr i8, ptr %1368, i64 448
  %1383 = load <16 x float>, ptr %1382, align 4
  %1384 = fmul <16 x float> %q31, %1369
  %1385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1371, <16 x float> %1384)
  %1386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1373, <16 x float> %1385)
  %1387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1375, <16 x float> %1386)
  %1388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1377, <16 x float> %1387)
  %1389 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1379, <16 x float> %1388)
  %1390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1381, <16 x float> %1389)
  %1391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1383, <16 x float> %1390)
  %1392 = shufflevector <16 x float> %1363, <16 x float> %1391, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1393 = shufflevector <16 x float> %1363, <16 x float> %1391, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1394 = fadd <16 x float> %1392, %1393
  %1395 = add i32 %kmask30, 10
  %1396 = call i32 @llvm.smin.i32(i32 %1395, i32 %33)
  %1397 = sext i32 %1396 to i64
  %1398 = shl nsw i64 %1397, 14
  %1399 = getelementptr i8, ptr %20, i64 %1398
  %1400 = load <16 x float>, ptr %1399, align 4
  %1401 = getelementptr i8, ptr %1399, i64 64
  %1402 = load <16 x float>, ptr %1401, align 4
  %1403 = getelementptr i8, ptr %1399, i64 128
  %1404 = load <16 x float>, ptr %1403, align 4
  %1405 = getelementptr i8, ptr %1399, i64 192
  %1406 = load <16 x float>, ptr %1405, align 4
  %1407 = getelementptr i8, ptr %1399, i64 256
  %1408 = load <16 x float>, ptr %1407, align 4
  %1409 = getelementptr i8, ptr %1399, i64 320
  %1410 = load <16 x float>, ptr %1409, align 4
  %1411 = getelementptr i8, ptr %1399, i64 384
  %1412 = load <16 x float>, ptr %1411, align 4
  %1413 = getelementptr i8, ptr %1399, i64 448
  %1414 = load <16 x float>, ptr %1413, align 4
  %1415 = fmul <16 x float> %q31, %1400
  %1416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1402, <16 x float> %1415)
  %1417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1404, <16 x float> %1416)
  %1418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1406, <16 x float> %1417)
  %1419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1408, <16 x float> %1418)
  %1420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1410, <16 x float> %1419)
  %1421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1412, <16 x float> %1420)
  %1422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1414, <16 x float> %1421)
  %1423 = add i32 %kmask30, 11
  %1424 = call i32 @llvm.smin.i32(i32 %1423, i32 %33)
  %1425 = sext i32 %1424 to i64
  %1426 = shl nsw i64 %1425, 14
  %1427 = getelementptr i8, ptr %20, i64 %1426
  %1428 = load <16 x float>, ptr %1427, align 4
  %1429 = getelementptr i8, ptr %1427, i64 64
  %1430 = load <16 x float>, ptr %1429, align 4
  %1431 = getelementptr i8, ptr %1427, i64 128
  %1432 = load <16 x float>, ptr %1431, align 4
  %1433 = getelementptr i8, ptr %1427, i64 192
  %1434 = load <16 x float>, ptr %1433, align 4
  %1435 = getelementptr i8, ptr %1427, i64 256
  %1436 = load <16 x float>, ptr %1435, align 4
  %1437 = getelementptr i8, ptr %1427, i64 320
  %1438 = load <16 x float>, ptr %1437, align 4
  %1439 = getelementptr i8, ptr %1427, i64 384
  %1440 = load <16 x float>, ptr %1439, align 4
  %1441 = getelementptr i8, ptr %1427, i64 448
  %1442 = load <16 x float>, ptr %1441, align 4
  %1443 = fmul <16 x float> %q31, %1428
  %1444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1430, <16 x float> %1443)
  %1445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1432, <16 x float> %1444)
  %1446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1434, <16 x float> %1445)
  %1447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1436, <16 x float> %1446)
  %1448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1438, <16 x float> %1447)
  %1449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1440, <16 x float> %1448)
  %1450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1442, <16 x float> %1449)
  %1451 = shufflevector <16 x float> %1422, <16 x float> %1450, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1452 = shufflevector <16 x float> %1422, <16 x float> %1450, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1453 = fadd <16 x float> %1451, %1452
  %1454 = shufflevector <16 x float> %1394, <16 x float> %1453, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1455 = shufflevector <16 x float> %1394, <16 x float> %1453, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1456 = fadd <16 x float> %1454, %1455
  %1457 = add i32 %kmask30, 12
  %1458 = call i32 @llvm.smin.i32(i32 %1457, i32 %33)
  %1459 = sext i32 %1458 to i64
  %1460 = shl nsw i64 %1459, 14
  %1461 = getelementptr i8, ptr %20, i64 %1460
  %1462 = load <16 x float>, ptr %1461, align 4
  %1463 = getelementptr i8, ptr %1461, i64 64
  %1464 = load <16 x float>, ptr %1463, align 4
  %1465 = getelementptr i8, ptr %1461, i64 128
  %1466 = load <16 x float>, ptr %1465, align 4
  %1467 = getelementptr i8, ptr %1461, i64 192
  %1468 = load <16 x float>, ptr %1467, align 4
  %1469 = getelementptr i8, ptr %1461, i64 256
  %1470 = load <16 x float>, ptr %1469, align 4
  %1471 = getelementptr i8, ptr %1461, i64 320
  %1472 = load <16 x float>, ptr %1471, align 4
  %1473 = getelementptr i8, ptr %1461, i64 384
  %1474 = load <16 x float>, ptr %1473, align 4
  %1475 = getelementptr i8, ptr %1461, i64 448
  %1476 = load <16 x float>, ptr %1475, align 4
  %1477 = fmul <16 x float> %q31, %1462
  %1478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1464, <16 x float> %1477)
  %1479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1466, <16 x float> %1478)
  %1480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1468, <16 x float> %1479)
  %1481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1470, <16 x float> %1480)
  %1482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1472, <16 x float> %1481)
  %1483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1474, <16 x float> %1482)
  %1484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1476, <16 x float> %1483)
  %1485 = add i32 %kmask30, 13
  %1486 = call i32 @llvm.smin.i32(i32 %1485, i32 %33)
  %1487 = sext i32 %1486 to i64
  %1488 = shl nsw i64 %1487, 14
  %1489 = getelementptr i8, ptr %20, i64 %1488
  %1490 = load <16 x float>, ptr %1489, align 4
  %1491 = getelementptr i8, ptr %1489, i64 64
  %1492 = load <16 x float>, ptr %1491, align 4
  %1493 = getelementptr i8, ptr %1489, i64 128
  %1494 = load <16 x float>, ptr %1493, align 4
  %1495 = getelementptr i8, ptr %1489, i64 192
  %1496 = load <16 x float>, ptr %1495, align 4
  %1497 = getelementptr i8, ptr %1489, i64 256
  %1498 = load <16 x float>, ptr %1497, align 4
  %1499 = getelementptr i8, ptr %1489, i64 320
  %1500 = load <16 x float>, ptr %1499, align 4
  %1501 = getelementptr i8, ptr %1489, i64 384
  %1502 = load <16 x float>, ptr %1501, align 4
  %1503 = getelementptr i8, ptr %1489, i64 448
  %1504 = load <16 x float>, ptr %1503, align 4
  %1505 = fmul <16 x float> %q31, %1490
  %1506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1492, <16 x float> %1505)
  %1507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1494, <16 x float> %1506)
  %1508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1496, <16 x float> %1507)
  %1509 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1498, <16 x float> %1508)
  %1510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1500, <16 x float> %1509)
  %1511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1502, <16 x float> %1510)
  %1512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1504, <16 x float> %1511)
  %1513 = shufflevector <16 x float> %1484, <16 x float> %1512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1514 = shufflevector <16 x float> %1484, <16 x float> %1512, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1515 = fadd <16 x float> %1513, %1514
  %1516 = add i32 %kmask30, 14
  %1517 = call i32 @llvm.smin.i32(i32 %1516, i32 %33)
  %1518 = sext i32 %1517 to i64
  %1519 = shl nsw i64 %1518, 14
  %1520 = getelementptr i8, ptr %20, i64 %1519
  %1521 = load <16 x float>, ptr %1520, align 4
  %1522 = getelementptr i8, ptr %1520, i64 64
  %1523 = load <16 x float>, ptr %1522, align 4
  %1524 = getelementptr i8, ptr %1520, i64 128
  %1525 = load <16 x float>, ptr %1524, align 4
  %1526 = getelementptr i8, ptr %1520, i64 192
  %1527 = load <16 x float>, ptr %1526, align 4
  %1528 = getelementptr i8, ptr %1520, i64 256
  %1529 = load <16 x float>, ptr %1528, align 4
  %1530 = getelementptr i8, ptr %1520, i64 320
  %1531 = load <16 x float>, ptr %1530, align 4
  %1532 = getelementptr i8, ptr %1520, i64 384
  %1533 = load <16 x float>, ptr %1532, align 4
  %1534 = getelementptr i8, ptr %1520, i64 448
  %1535 = load <16 x float>, ptr %1534, align 4
  %1536 = fmul <16 x float> %q31, %1521
  %1537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1523, <16 x float> %1536)
  %1538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1525, <16 x float> %1537)
  %1539 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1527, <16 x float> %1538)
  %1540 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1529, <16 x float> %1539)
  %1541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1531, <16 x float> %1540)
  %1542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1533, <16 x float> %1541)
  %1543 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1535, <16 x float> %1542)
  %1544 = add i32 %kmask30, 15
  %1545 = call i32 @llvm.smin.i32(i32 %1544, i32 %33)
  %1546 = sext i32 %1545 to i64
  %1547 = shl nsw i64 %1546, 14
  %1548 = getelementptr i8, ptr %20, i64 %1547
  %1549 = load <16 x float>, ptr %1548, align 4
  %1550 = getelementptr i8, ptr %1548, i64 64
  %1551 = load <16 x float>, ptr %1550, align 4
  %1552 = getelementptr i8, ptr %1548, i64 128
  %1553 = load <16 x float>, ptr %1552, align 4
  %1554 = getelementptr i8, ptr %1548, i64 192
  %1555 = load <16 x float>, ptr %1554, align 4
  %1556 = getelementptr i8, ptr %1548, i64 256
  %1557 = load <16 x float>, ptr %1556, align 4
  %1558 = getelementptr i8, ptr %1548, i64 320
  %1559 = load <16 x float>, ptr %1558, align 4
  %1560 = getelementptr i8, ptr %1548, i64 384
  %1561 = load <16 x float>, ptr %1560, align 4
  %1562 = getelementptr i8, ptr %1548, i64 448
  %1563 = load <16 x float>, ptr %1562, align 4
  %1564 = fmul <16 x float> %q31, %1549
  %1565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %1551, <16 x float> %1564)
  %1566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %1553, <16 x float> %1565)
  %1567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %1555, <16 x float> %1566)
  %1568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %1557, <16 x float> %1567)
  %1569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %1559, <16 x float> %1568)
  %1570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %1561, <16 x float> %1569)
  %1571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %1563, <16 x float> %1570)
  %1572 = shufflevector <16 x float> %1543, <16 x float> %1571, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1573 = shufflevector <16 x float> %1543, <16 x float> %1571, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1574 = fadd <16 x float> %1572, %1573
  %1575 = shufflevector <16 x float> %1515, <16 x float> %1574, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1576 = shufflevector <16 x float> %1515, <16 x float> %1574, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1577 = fadd <16 x float> %1575, %1576
  %1578 = shufflevector <16 x float> %1456, <16 x float> %1577, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1579 = shufflevector <16 x float> %1456, <16 x float> %1577, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1580 = fadd <16 x float> %1578, %1579
  %1581 = shufflevector <16 x float> %1335, <16 x float> %1580, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %1582 = shufflevector <16 x float> %1335, <16 x float> %1580, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %1583 = fadd <16 x float> %1581, %1582
  %1584 = insertelement <16 x i32> poison, i32 %kmask30, i64 0
  %splat39 = shufflevector <16 x i32> %1584, <16 x i32> poison, <16 x i32> zeroinitializer
  %1585 = add <16 x i32> %splat39, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1586 = icmp slt <16 x i32> %1585, %splat40
  %1587 = select <16 x i1> %1586, <16 x float> %1583, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %1588 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %1587)
  %1589 = call float @llvm.maxnum.f32(float %bm.1, float %1588)
  %1590 = fcmp oeq float %1589, 0xFFF0000000000000
  %1591 = select i1 %1590, float 0.000000e+00, float %1589
  %1592 = fsub float %bm.1, %1591
  %1593 = insertelement <16 x float> poison, float %1592, i64 0
  %splat42 = shufflevector <16 x float> %1593, <16 x float> poison, <16 x i32> zeroinitializer
  %1594 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat42, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1595 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1594, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1596 = fadd <16 x float> %1595, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n43 = fadd <16 x float> %1596, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f44 = fsub <16 x float> %1595, %n43
  %1597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f44, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1597, <16 x float> %f44, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1598, <16 x float> %f44, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1600 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1599, <16 x float> %f44, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1601 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1600, <16 x float> %f44, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1602 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1601, <16 x float> %f44, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1603 = fptosi <16 x float> %n43 to <16 x i32>
  %1604 = shl <16 x i32> %1603, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1605 = add <16 x i32> %1604, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1606 = bitcast <16 x i32> %1605 to <16 x float>
  %exp245 = fmul <16 x float> %1602, %1606
  %1607 = insertelement <16 x float> poison, float %1591, i64 0
  %splat46 = shufflevector <16 x float> %1607, <16 x float> poison, <16 x i32> zeroinitializer
  %1608 = fsub <16 x float> %1587, %splat46
  %1609 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1608, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1610 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1609, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1611 = fadd <16 x float> %1610, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n47 = fadd <16 x float> %1611, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f48 = fsub <16 x float> %1610, %n47
  %1612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f48, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1612, <16 x float> %f48, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1613, <16 x float> %f48, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1614, <16 x float> %f48, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1616 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1615, <16 x float> %f48, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1616, <16 x float> %f48, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1618 = fptosi <16 x float> %n47 to <16 x i32>
  %1619 = shl <16 x i32> %1618, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1620 = add <16 x i32> %1619, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1621 = bitcast <16 x i32> %1620 to <16 x float>
  %exp249 = fmul <16 x float> %1617, %1621
  %1622 = load <16 x float>, ptr %bacc71, align 64
  %1623 = fmul <16 x float> %1622, %exp245
  store <16 x float> %1623, ptr %bacc71, align 64
  %1624 = load <16 x float>, ptr %26, align 64
  %1625 = fmul <16 x float> %1624, %exp245
  store <16 x float> %1625, ptr %26, align 64
  %1626 = load <16 x float>, ptr %27, align 64
  %1627 = fmul <16 x float> %1626, %exp245
  store <16 x float> %1627, ptr %27, align 64
  %1628 = load <16 x float>, ptr %28, align 64
  %1629 = fmul <16 x float> %1628, %exp245
  store <16 x float> %1629, ptr %28, align 64
  %1630 = load <16 x float>, ptr %29, align 64
  %1631 = fmul <16 x float> %1630, %exp245
  store <16 x float> %1631, ptr %29, align 64
  %1632 = load <16 x float>, ptr %30, align 64
  %1633 = fmul <16 x float> %1632, %exp245
  store <16 x float> %1633, ptr %30, align 64
  %1634 = load <16 x float>, ptr %31, align 64
  %1635 = fmul <16 x float> %1634, %exp245
  store <16 x float> %1635, ptr %31, align 64
  %1636 = load <16 x float>, ptr %32, align 64
  %1637 = fmul <16 x float> %1636, %exp245
  store <16 x float> %1637, ptr %32, align 64
  %1638 = getelementptr i8, ptr %22, i64 %1094
  %1639 = load <16 x float>, ptr %1638, align 4
  %1640 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> zeroinitializer
  %1641 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1639, <16 x float> %1623)
  store <16 x float> %1641, ptr %bacc71, align 64
  %1642 = getelementptr i8, ptr %1638, i64 64
  %1643 = load <16 x float>, ptr %1642, align 4
  %1644 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1643, <16 x float> %1625)
  store <16 x float> %1644, ptr %26, align 64
  %1645 = getelementptr i8, ptr %1638, i64 128
  %1646 = load <16 x float>, ptr %1645, align 4
  %1647 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1646, <16 x float> %1627)
  store <16 x float> %1647, ptr %27, align 64
  %1648 = getelementptr i8, ptr %1638, i64 192
  %1649 = load <16 x float>, ptr %1648, align 4
  %1650 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1649, <16 x float> %1629)
  store <16 x float> %1650, ptr %28, align 64
  %1651 = getelementptr i8, ptr %1638, i64 256
  %1652 = load <16 x float>, ptr %1651, align 4
  %1653 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1652, <16 x float> %1631)
  store <16 x float> %1653, ptr %29, align 64
  %1654 = getelementptr i8, ptr %1638, i64 320
  %1655 = load <16 x float>, ptr %1654, align 4
  %1656 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1655, <16 x float> %1633)
  store <16 x float> %1656, ptr %30, align 64
  %1657 = getelementptr i8, ptr %1638, i64 384
  %1658 = load <16 x float>, ptr %1657, align 4
  %1659 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1658, <16 x float> %1635)
  store <16 x float> %1659, ptr %31, align 64
  %1660 = getelementptr i8, ptr %1638, i64 448
  %1661 = load <16 x float>, ptr %1660, align 4
  %1662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1640, <16 x float> %1661, <16 x float> %1637)
  store <16 x float> %1662, ptr %32, align 64
  %1663 = getelementptr i8, ptr %22, i64 %1122
  %1664 = load <16 x float>, ptr %1663, align 4
  %1665 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %1664, <16 x float> %1641)
  store <16 x float> %1666, ptr %bacc71, align 64
  %1667 = getelementptr i8, ptr %1663, i64 64
  %1668 = load <16 x float>, ptr %1667, align 4
  %1669 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %1668, <16 x float> %1644)
  store <16 x float> %1669, ptr %26, align 64
  %1670 = getelementptr i8, ptr %1663, i64 128
  %1671 = load <16 x float>, ptr %1670, align 4
  %1672 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %1671, <16 x float> %1647)
  store <16 x float> %1672, ptr %27, align 64
  %1673 = getelementptr i8, ptr %1663, i64 192
  %1674 = load <16 x float>, ptr %1673, align 4
  %1675 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %1674, <16 x float> %1650)
  store <16 x float> %1675, ptr %28, align 64
  %1676 = getelementptr i8, ptr %1663, i64 256
  %1677 = load <16 x float>, ptr %1676, align 4
  %1678 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %1677, <16 x float> %1653)
  store <16 x float> %1678, ptr %29, align 64
  %1679 = getelementptr i8, ptr %1663, i64 320
  %1680 = load <16 x float>, ptr %1679, align 4
  %1681 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %1680, <16 x float> %1656)
  store <16 x float> %1681, ptr %30, align 64
  %1682 = getelementptr i8, ptr %1663, i64 384
  %1683 = load <16 x float>, ptr %1682, align 4
  %1684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %1683, <16 x float> %1659)
  store <16 x float> %1684, ptr %31, align 64
  %1685 = getelementptr i8, ptr %1663, i64 448
  %1686 = load <16 x float>, ptr %1685, align 4
  %1687 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %1686, <16 x float> %1662)
  store <16 x float> %1687, ptr %32, align 64
  %1688 = getelementptr i8, ptr %22, i64 %1153
  %1689 = load <16 x float>, ptr %1688, align 4
  %1690 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1691 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1690, <16 x float> %1689, <16 x float> %1666)
  store <16 x float> %1691, ptr %bacc71, align 64
  %1692 = getelementptr i8, ptr %1688, i64 64
  %1693 = load <16 x float>, ptr %1692, align 4
  %1694 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1690, <16 x float> %1693, <16 x float> %1669)
  store <16 x float> %1694, ptr %26, align 64
  %1695 = getelementptr i8, ptr %1688, i64 128
  %1696 = load <16 x float>, ptr %1695, align 4
  %1697 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1690, <16 x float> %1696, <16 x float> %1672)
  store <16 x float> %1697, ptr %27, align 64
  %1698 = getelementptr i8, ptr %1688, i64 192
  %1699 = load <16 x float>, ptr %1698, align 4
  %1700 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1690, <16 x float> %1699, <16 x float> %1675)
  store <16 x float> %1700, ptr %28, align 64
  %1701 = getelementptr i8, ptr %1688, i64 256
  %1702 = load <16 x float>, ptr %1701, align 4
  %1703 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1690, <16 x float> %1702, <16 x float> %1678)
  store <16 x float> %1703, ptr %29, align 64
  %1704 = getelementptr i8, ptr %1688, i64 320
  %1705 = load <16 x float>, ptr %1704, align 4
  %1706 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1690, <16 x float> %1705, <16 x float> %1681)
  store <16 x float> %1706, ptr %30, align 64
  %1707 = getelementptr i8, ptr %1688, i64 384
  %1708 = load <16 x float>, ptr %1707, align 4
  %1709 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1690, <16 x float> %1708, <16 x float> %1684)
  store <16 x float> %1709, ptr %31, align 64
  %1710 = getelementptr i8, ptr %1688, i64 448
  %1711 = load <16 x float>, ptr %1710, align 4
  %1712 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1690, <16 x float> %1711, <16 x float> %1687)
  store <16 x float> %1712, ptr %32, align 64
  %1713 = getelementptr i8, ptr %22, i64 %1181
  %1714 = load <16 x float>, ptr %1713, align 4
  %1715 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1716 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %1714, <16 x float> %1691)
  store <16 x float> %1716, ptr %bacc71, align 64
  %1717 = getelementptr i8, ptr %1713, i64 64
  %1718 = load <16 x float>, ptr %1717, align 4
  %1719 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %1718, <16 x float> %1694)
  store <16 x float> %1719, ptr %26, align 64
  %1720 = getelementptr i8, ptr %1713, i64 128
  %1721 = load <16 x float>, ptr %1720, align 4
  %1722 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %1721, <16 x float> %1697)
  store <16 x float> %1722, ptr %27, align 64
  %1723 = getelementptr i8, ptr %1713, i64 192
  %1724 = load <16 x float>, ptr %1723, align 4
  %1725 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %1724, <16 x float> %1700)
  store <16 x float> %1725, ptr %28, align 64
  %1726 = getelementptr i8, ptr %1713, i64 256
  %1727 = load <16 x float>, ptr %1726, align 4
  %1728 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %1727, <16 x float> %1703)
  store <16 x float> %1728, ptr %29, align 64
  %1729 = getelementptr i8, ptr %1713, i64 320
  %1730 = load <16 x float>, ptr %1729, align 4
  %1731 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %1730, <16 x float> %1706)
  store <16 x float> %1731, ptr %30, align 64
  %1732 = getelementptr i8, ptr %1713, i64 384
  %1733 = load <16 x float>, ptr %1732, align 4
  %1734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %1733, <16 x float> %1709)
  store <16 x float> %1734, ptr %31, align 64
  %1735 = getelementptr i8, ptr %1713, i64 448
  %1736 = load <16 x float>, ptr %1735, align 4
  %1737 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1715, <16 x float> %1736, <16 x float> %1712)
  store <16 x float> %1737, ptr %32, align 64
  %1738 = getelementptr i8, ptr %22, i64 %1215
  %1739 = load <16 x float>, ptr %1738, align 4
  %1740 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1741 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1740, <16 x float> %1739, <16 x float> %1716)
  store <16 x float> %1741, ptr %bacc71, align 64
  %1742 = getelementptr i8, ptr %1738, i64 64
  %1743 = load <16 x float>, ptr %1742, align 4
  %1744 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1740, <16 x float> %1743, <16 x float> %1719)
  store <16 x float> %1744, ptr %26, align 64
  %1745 = getelementptr i8, ptr %1738, i64 128
  %1746 = load <16 x float>, ptr %1745, align 4
  %1747 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1740, <16 x float> %1746, <16 x float> %1722)
  store <16 x float> %1747, ptr %27, align 64
  %1748 = getelementptr i8, ptr %1738, i64 192
  %1749 = load <16 x float>, ptr %1748, align 4
  %1750 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1740, <16 x float> %1749, <16 x float> %1725)
  store <16 x float> %1750, ptr %28, align 64
  %1751 = getelementptr i8, ptr %1738, i64 256
  %1752 = load <16 x float>, ptr %1751, align 4
  %1753 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1740, <16 x float> %1752, <16 x float> %1728)
  store <16 x float> %1753, ptr %29, align 64
  %1754 = getelementptr i8, ptr %1738, i64 320
  %1755 = load <16 x float>, ptr %1754, align 4
  %1756 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1740, <16 x float> %1755, <16 x float> %1731)
  store <16 x float> %1756, ptr %30, align 64
  %1757 = getelementptr i8, ptr %1738, i64 384
  %1758 = load <16 x float>, ptr %1757, align 4
  %1759 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1740, <16 x float> %1758, <16 x float> %1734)
  store <16 x float> %1759, ptr %31, align 64
  %1760 = getelementptr i8, ptr %1738, i64 448
  %1761 = load <16 x float>, ptr %1760, align 4
  %1762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1740, <16 x float> %1761, <16 x float> %1737)
  store <16 x float> %1762, ptr %32, align 64
  %1763 = getelementptr i8, ptr %22, i64 %1243
  %1764 = load <16 x float>, ptr %1763, align 4
  %1765 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1766 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %1764, <16 x float> %1741)
  store <16 x float> %1766, ptr %bacc71, align 64
  %1767 = getelementptr i8, ptr %1763, i64 64
  %1768 = load <16 x float>, ptr %1767, align 4
  %1769 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %1768, <16 x float> %1744)
  store <16 x float> %1769, ptr %26, align 64
  %1770 = getelementptr i8, ptr %1763, i64 128
  %1771 = load <16 x float>, ptr %1770, align 4
  %1772 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %1771, <16 x float> %1747)
  store <16 x float> %1772, ptr %27, align 64
  %1773 = getelementptr i8, ptr %1763, i64 192
  %1774 = load <16 x float>, ptr %1773, align 4
  %1775 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %1774, <16 x float> %1750)
  store <16 x float> %1775, ptr %28, align 64
  %1776 = getelementptr i8, ptr %1763, i64 256
  %1777 = load <16 x float>, ptr %1776, align 4
  %1778 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %1777, <16 x float> %1753)
  store <16 x float> %1778, ptr %29, align 64
  %1779 = getelementptr i8, ptr %1763, i64 320
  %1780 = load <16 x float>, ptr %1779, align 4
  %1781 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %1780, <16 x float> %1756)
  store <16 x float> %1781, ptr %30, align 64
  %1782 = getelementptr i8, ptr %1763, i64 384
  %1783 = load <16 x float>, ptr %1782, align 4
  %1784 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %1783, <16 x float> %1759)
  store <16 x float> %1784, ptr %31, align 64
  %1785 = getelementptr i8, ptr %1763, i64 448
  %1786 = load <16 x float>, ptr %1785, align 4
  %1787 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1765, <16 x float> %1786, <16 x float> %1762)
  store <16 x float> %1787, ptr %32, align 64
  %1788 = getelementptr i8, ptr %22, i64 %1274
  %1789 = load <16 x float>, ptr %1788, align 4
  %1790 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1791 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1790, <16 x float> %1789, <16 x float> %1766)
  store <16 x float> %1791, ptr %bacc71, align 64
  %1792 = getelementptr i8, ptr %1788, i64 64
  %1793 = load <16 x float>, ptr %1792, align 4
  %1794 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1790, <16 x float> %1793, <16 x float> %1769)
  store <16 x float> %1794, ptr %26, align 64
  %1795 = getelementptr i8, ptr %1788, i64 128
  %1796 = load <16 x float>, ptr %1795, align 4
  %1797 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1790, <16 x float> %1796, <16 x float> %1772)
  store <16 x float> %1797, ptr %27, align 64
  %1798 = getelementptr i8, ptr %1788, i64 192
  %1799 = load <16 x float>, ptr %1798, align 4
  %1800 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1790, <16 x float> %1799, <16 x float> %1775)
  store <16 x float> %1800, ptr %28, align 64
  %1801 = getelementptr i8, ptr %1788, i64 256
  %1802 = load <16 x float>, ptr %1801, align 4
  %1803 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1790, <16 x float> %1802, <16 x float> %1778)
  store <16 x float> %1803, ptr %29, align 64
  %1804 = getelementptr i8, ptr %1788, i64 320
  %1805 = load <16 x float>, ptr %1804, align 4
  %1806 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1790, <16 x float> %1805, <16 x float> %1781)
  store <16 x float> %1806, ptr %30, align 64
  %1807 = getelementptr i8, ptr %1788, i64 384
  %1808 = load <16 x float>, ptr %1807, align 4
  %1809 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1790, <16 x float> %1808, <16 x float> %1784)
  store <16 x float> %1809, ptr %31, align 64
  %1810 = getelementptr i8, ptr %1788, i64 448
  %1811 = load <16 x float>, ptr %1810, align 4
  %1812 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1790, <16 x float> %1811, <16 x float> %1787)
  store <16 x float> %1812, ptr %32, align 64
  %1813 = getelementptr i8, ptr %22, i64 %1302
  %1814 = load <16 x float>, ptr %1813, align 4
  %1815 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1816 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %1814, <16 x float> %1791)
  store <16 x float> %1816, ptr %bacc71, align 64
  %1817 = getelementptr i8, ptr %1813, i64 64
  %1818 = load <16 x float>, ptr %1817, align 4
  %1819 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %1818, <16 x float> %1794)
  store <16 x float> %1819, ptr %26, align 64
  %1820 = getelementptr i8, ptr %1813, i64 128
  %1821 = load <16 x float>, ptr %1820, align 4
  %1822 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %1821, <16 x float> %1797)
  store <16 x float> %1822, ptr %27, align 64
  %1823 = getelementptr i8, ptr %1813, i64 192
  %1824 = load <16 x float>, ptr %1823, align 4
  %1825 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %1824, <16 x float> %1800)
  store <16 x float> %1825, ptr %28, align 64
  %1826 = getelementptr i8, ptr %1813, i64 256
  %1827 = load <16 x float>, ptr %1826, align 4
  %1828 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %1827, <16 x float> %1803)
  store <16 x float> %1828, ptr %29, align 64
  %1829 = getelementptr i8, ptr %1813, i64 320
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %1830, <16 x float> %1806)
  store <16 x float> %1831, ptr %30, align 64
  %1832 = getelementptr i8, ptr %1813, i64 384
  %1833 = load <16 x float>, ptr %1832, align 4
  %1834 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %1833, <16 x float> %1809)
  store <16 x float> %1834, ptr %31, align 64
  %1835 = getelementptr i8, ptr %1813, i64 448
  %1836 = load <16 x float>, ptr %1835, align 4
  %1837 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1815, <16 x float> %1836, <16 x float> %1812)
  store <16 x float> %1837, ptr %32, align 64
  %1838 = getelementptr i8, ptr %22, i64 %1339
  %1839 = load <16 x float>, ptr %1838, align 4
  %1840 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1841 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1840, <16 x float> %1839, <16 x float> %1816)
  store <16 x float> %1841, ptr %bacc71, align 64
  %1842 = getelementptr i8, ptr %1838, i64 64
  %1843 = load <16 x float>, ptr %1842, align 4
  %1844 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1840, <16 x float> %1843, <16 x float> %1819)
  store <16 x float> %1844, ptr %26, align 64
  %1845 = getelementptr i8, ptr %1838, i64 128
  %1846 = load <16 x float>, ptr %1845, align 4
  %1847 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1840, <16 x float> %1846, <16 x float> %1822)
  store <16 x float> %1847, ptr %27, align 64
  %1848 = getelementptr i8, ptr %1838, i64 192
  %1849 = load <16 x float>, ptr %1848, align 4
  %1850 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1840, <16 x float> %1849, <16 x float> %1825)
  store <16 x float> %1850, ptr %28, align 64
  %1851 = getelementptr i8, ptr %1838, i64 256
  %1852 = load <16 x float>, ptr %1851, align 4
  %1853 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1840, <16 x float> %1852, <16 x float> %1828)
  store <16 x float> %1853, ptr %29, align 64
  %1854 = getelementptr i8, ptr %1838, i64 320
  %1855 = load <16 x float>, ptr %1854, align 4
  %1856 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1840, <16 x float> %1855, <16 x float> %1831)
  store <16 x float> %1856, ptr %30, align 64
  %1857 = getelementptr i8, ptr %1838, i64 384
  %1858 = load <16 x float>, ptr %1857, align 4
  %1859 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1840, <16 x float> %1858, <16 x float> %1834)
  store <16 x float> %1859, ptr %31, align 64
  %1860 = getelementptr i8, ptr %1838, i64 448
  %1861 = load <16 x float>, ptr %1860, align 4
  %1862 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1840, <16 x float> %1861, <16 x float> %1837)
  store <16 x float> %1862, ptr %32, align 64
  %1863 = getelementptr i8, ptr %22, i64 %1367
  %1864 = load <16 x float>, ptr %1863, align 4
  %1865 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1866 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1865, <16 x float> %1864, <16 x float> %1841)
  store <16 x float> %1866, ptr %bacc71, align 64
  %1867 = getelementptr i8, ptr %1863, i64 64
  %1868 = load <16 x float>, ptr %1867, align 4
  %1869 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1865, <16 x float> %1868, <16 x float> %1844)
  store <16 x float> %1869, ptr %26, align 64
  %1870 = getelementptr i8, ptr %1863, i64 128
  %1871 = load <16 x float>, ptr %1870, align 4
  %1872 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1865, <16 x float> %1871, <16 x float> %1847)
  store <16 x float> %1872, ptr %27, align 64
  %1873 = getelementptr i8, ptr %1863, i64 192
  %1874 = load <16 x float>, ptr %1873, align 4
  %1875 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1865, <16 x float> %1874, <16 x float> %1850)
  store <16 x float> %1875, ptr %28, align 64
  %1876 = getelementptr i8, ptr %1863, i64 256
  %1877 = load <16 x float>, ptr %1876, align 4
  %1878 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1865, <16 x float> %1877, <16 x float> %1853)
  store <16 x float> %1878, ptr %29, align 64
  %1879 = getelementptr i8, ptr %1863, i64 320
  %1880 = load <16 x float>, ptr %1879, align 4
  %1881 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1865, <16 x float> %1880, <16 x float> %1856)
  store <16 x float> %1881, ptr %30, align 64
  %1882 = getelementptr i8, ptr %1863, i64 384
  %1883 = load <16 x float>, ptr %1882, align 4
  %1884 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1865, <16 x float> %1883, <16 x float> %1859)
  store <16 x float> %1884, ptr %31, align 64
  %1885 = getelementptr i8, ptr %1863, i64 448
  %1886 = load <16 x float>, ptr %1885, align 4
  %1887 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1865, <16 x float> %1886, <16 x float> %1862)
  store <16 x float> %1887, ptr %32, align 64
  %1888 = getelementptr i8, ptr %22, i64 %1398
  %1889 = load <16 x float>, ptr %1888, align 4
  %1890 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1891 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1890, <16 x float> %1889, <16 x float> %1866)
  store <16 x float> %1891, ptr %bacc71, align 64
  %1892 = getelementptr i8, ptr %1888, i64 64
  %1893 = load <16 x float>, ptr %1892, align 4
  %1894 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1890, <16 x float> %1893, <16 x float> %1869)
  store <16 x float> %1894, ptr %26, align 64
  %1895 = getelementptr i8, ptr %1888, i64 128
  %1896 = load <16 x float>, ptr %1895, align 4
  %1897 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1890, <16 x float> %1896, <16 x float> %1872)
  store <16 x float> %1897, ptr %27, align 64
  %1898 = getelementptr i8, ptr %1888, i64 192
  %1899 = load <16 x float>, ptr %1898, align 4
  %1900 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1890, <16 x float> %1899, <16 x float> %1875)
  store <16 x float> %1900, ptr %28, align 64
  %1901 = getelementptr i8, ptr %1888, i64 256
  %1902 = load <16 x float>, ptr %1901, align 4
  %1903 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1890, <16 x float> %1902, <16 x float> %1878)
  store <16 x float> %1903, ptr %29, align 64
  %1904 = getelementptr i8, ptr %1888, i64 320
  %1905 = load <16 x float>, ptr %1904, align 4
  %1906 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1890, <16 x float> %1905, <16 x float> %1881)
  store <16 x float> %1906, ptr %30, align 64
  %1907 = getelementptr i8, ptr %1888, i64 384
  %1908 = load <16 x float>, ptr %1907, align 4
  %1909 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1890, <16 x float> %1908, <16 x float> %1884)
  store <16 x float> %1909, ptr %31, align 64
  %1910 = getelementptr i8, ptr %1888, i64 448
  %1911 = load <16 x float>, ptr %1910, align 4
  %1912 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1890, <16 x float> %1911, <16 x float> %1887)
  store <16 x float> %1912, ptr %32, align 64
  %1913 = getelementptr i8, ptr %22, i64 %1426
  %1914 = load <16 x float>, ptr %1913, align 4
  %1915 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1916 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1915, <16 x float> %1914, <16 x float> %1891)
  store <16 x float> %1916, ptr %bacc71, align 64
  %1917 = getelementptr i8, ptr %1913, i64 64
  %1918 = load <16 x float>, ptr %1917, align 4
  %1919 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1915, <16 x float> %1918, <16 x float> %1894)
  store <16 x float> %1919, ptr %26, align 64
  %1920 = getelementptr i8, ptr %1913, i64 128
  %1921 = load <16 x float>, ptr %1920, align 4
  %1922 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1915, <16 x float> %1921, <16 x float> %1897)
  store <16 x float> %1922, ptr %27, align 64
  %1923 = getelementptr i8, ptr %1913, i64 192
  %1924 = load <16 x float>, ptr %1923, align 4
  %1925 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1915, <16 x float> %1924, <16 x float> %1900)
  store <16 x float> %1925, ptr %28, align 64
  %1926 = getelementptr i8, ptr %1913, i64 256
  %1927 = load <16 x float>, ptr %1926, align 4
  %1928 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1915, <16 x float> %1927, <16 x float> %1903)
  store <16 x float> %1928, ptr %29, align 64
  %1929 = getelementptr i8, ptr %1913, i64 320
  %1930 = load <16 x float>, ptr %1929, align 4
  %1931 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1915, <16 x float> %1930, <16 x float> %1906)
  store <16 x float> %1931, ptr %30, align 64
  %1932 = getelementptr i8, ptr %1913, i64 384
  %1933 = load <16 x float>, ptr %1932, align 4
  %1934 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1915, <16 x float> %1933, <16 x float> %1909)
  store <16 x float> %1934, ptr %31, align 64
  %1935 = getelementptr i8, ptr %1913, i64 448
  %1936 = load <16 x float>, ptr %1935, align 4
  %1937 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1915, <16 x float> %1936, <16 x float> %1912)
  store <16 x float> %1937, ptr %32, align 64
  %1938 = getelementptr i8, ptr %22, i64 %1460
  %1939 = load <16 x float>, ptr %1938, align 4
  %1940 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %1941 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1940, <16 x float> %1939, <16 x float> %1916)
  store <16 x float> %1941, ptr %bacc71, align 64
  %1942 = getelementptr i8, ptr %1938, i64 64
  %1943 = load <16 x float>, ptr %1942, align 4
  %1944 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1940, <16 x float> %1943, <16 x float> %1919)
  store <16 x float> %1944, ptr %26, align 64
  %1945 = getelementptr i8, ptr %1938, i64 128
  %1946 = load <16 x float>, ptr %1945, align 4
  %1947 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1940, <16 x float> %1946, <16 x float> %1922)
  store <16 x float> %1947, ptr %27, align 64
  %1948 = getelementptr i8, ptr %1938, i64 192
  %1949 = load <16 x float>, ptr %1948, align 4
  %1950 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1940, <16 x float> %1949, <16 x float> %1925)
  store <16 x float> %1950, ptr %28, align 64
  %1951 = getelementptr i8, ptr %1938, i64 256
  %1952 = load <16 x float>, ptr %1951, align 4
  %1953 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1940, <16 x float> %1952, <16 x float> %1928)
  store <16 x float> %1953, ptr %29, align 64
  %1954 = getelementptr i8, ptr %1938, i64 320
  %1955 = load <16 x float>, ptr %1954, align 4
  %1956 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1940, <16 x float> %1955, <16 x float> %1931)
  store <16 x float> %1956, ptr %30, align 64
  %1957 = getelementptr i8, ptr %1938, i64 384
  %1958 = load <16 x float>, ptr %1957, align 4
  %1959 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1940, <16 x float> %1958, <16 x float> %1934)
  store <16 x float> %1959, ptr %31, align 64
  %1960 = getelementptr i8, ptr %1938, i64 448
  %1961 = load <16 x float>, ptr %1960, align 4
  %1962 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1940, <16 x float> %1961, <16 x float> %1937)
  store <16 x float> %1962, ptr %32, align 64
  %1963 = getelementptr i8, ptr %22, i64 %1488
  %1964 = load <16 x float>, ptr %1963, align 4
  %1965 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %1966 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1965, <16 x float> %1964, <16 x float> %1941)
  store <16 x float> %1966, ptr %bacc71, align 64
  %1967 = getelementptr i8, ptr %1963, i64 64
  %1968 = load <16 x float>, ptr %1967, align 4
  %1969 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1965, <16 x float> %1968, <16 x float> %1944)
  store <16 x float> %1969, ptr %26, align 64
  %1970 = getelementptr i8, ptr %1963, i64 128
  %1971 = load <16 x float>, ptr %1970, align 4
  %1972 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1965, <16 x float> %1971, <16 x float> %1947)
  store <16 x float> %1972, ptr %27, align 64
  %1973 = getelementptr i8, ptr %1963, i64 192
  %1974 = load <16 x float>, ptr %1973, align 4
  %1975 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1965, <16 x float> %1974, <16 x float> %1950)
  store <16 x float> %1975, ptr %28, align 64
  %1976 = getelementptr i8, ptr %1963, i64 256
  %1977 = load <16 x float>, ptr %1976, align 4
  %1978 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1965, <16 x float> %1977, <16 x float> %1953)
  store <16 x float> %1978, ptr %29, align 64
  %1979 = getelementptr i8, ptr %1963, i64 320
  %1980 = load <16 x float>, ptr %1979, align 4
  %1981 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1965, <16 x float> %1980, <16 x float> %1956)
  store <16 x float> %1981, ptr %30, align 64
  %1982 = getelementptr i8, ptr %1963, i64 384
  %1983 = load <16 x float>, ptr %1982, align 4
  %1984 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1965, <16 x float> %1983, <16 x float> %1959)
  store <16 x float> %1984, ptr %31, align 64
  %1985 = getelementptr i8, ptr %1963, i64 448
  %1986 = load <16 x float>, ptr %1985, align 4
  %1987 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1965, <16 x float> %1986, <16 x float> %1962)
  store <16 x float> %1987, ptr %32, align 64
  %1988 = getelementptr i8, ptr %22, i64 %1519
  %1989 = load <16 x float>, ptr %1988, align 4
  %1990 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %1991 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1990, <16 x float> %1989, <16 x float> %1966)
  store <16 x float> %1991, ptr %bacc71, align 64
  %1992 = getelementptr i8, ptr %1988, i64 64
  %1993 = load <16 x float>, ptr %1992, align 4
  %1994 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1990, <16 x float> %1993, <16 x float> %1969)
  store <16 x float> %1994, ptr %26, align 64
  %1995 = getelementptr i8, ptr %1988, i64 128
  %1996 = load <16 x float>, ptr %1995, align 4
  %1997 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1990, <16 x float> %1996, <16 x float> %1972)
  store <16 x float> %1997, ptr %27, align 64
  %1998 = getelementptr i8, ptr %1988, i64 192
  %1999 = load <16 x float>, ptr %1998, align 4
  %2000 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1990, <16 x float> %1999, <16 x float> %1975)
  store <16 x float> %2000, ptr %28, align 64
  %2001 = getelementptr i8, ptr %1988, i64 256
  %2002 = load <16 x float>, ptr %2001, align 4
  %2003 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1990, <16 x float> %2002, <16 x float> %1978)
  store <16 x float> %2003, ptr %29, align 64
  %2004 = getelementptr i8, ptr %1988, i64 320
  %2005 = load <16 x float>, ptr %2004, align 4
  %2006 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1990, <16 x float> %2005, <16 x float> %1981)
  store <16 x float> %2006, ptr %30, align 64
  %2007 = getelementptr i8, ptr %1988, i64 384
  %2008 = load <16 x float>, ptr %2007, align 4
  %2009 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1990, <16 x float> %2008, <16 x float> %1984)
  store <16 x float> %2009, ptr %31, align 64
  %2010 = getelementptr i8, ptr %1988, i64 448
  %2011 = load <16 x float>, ptr %2010, align 4
  %2012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1990, <16 x float> %2011, <16 x float> %1987)
  store <16 x float> %2012, ptr %32, align 64
  %2013 = getelementptr i8, ptr %22, i64 %1547
  %2014 = load <16 x float>, ptr %2013, align 4
  %2015 = shufflevector <16 x float> %exp249, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2016 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2015, <16 x float> %2014, <16 x float> %1991)
  store <16 x float> %2016, ptr %bacc71, align 64
  %2017 = getelementptr i8, ptr %2013, i64 64
  %2018 = load <16 x float>, ptr %2017, align 4
  %2019 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2015, <16 x float> %2018, <16 x float> %1994)
  store <16 x float> %2019, ptr %26, align 64
  %2020 = getelementptr i8, ptr %2013, i64 128
  %2021 = load <16 x float>, ptr %2020, align 4
  %2022 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2015, <16 x float> %2021, <16 x float> %1997)
  store <16 x float> %2022, ptr %27, align 64
  %2023 = getelementptr i8, ptr %2013, i64 192
  %2024 = load <16 x float>, ptr %2023, align 4
  %2025 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2015, <16 x float> %2024, <16 x float> %2000)
  store <16 x float> %2025, ptr %28, align 64
  %2026 = getelementptr i8, ptr %2013, i64 256
  %2027 = load <16 x float>, ptr %2026, align 4
  %2028 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2015, <16 x float> %2027, <16 x float> %2003)
  store <16 x float> %2028, ptr %29, align 64
  %2029 = getelementptr i8, ptr %2013, i64 320
  %2030 = load <16 x float>, ptr %2029, align 4
  %2031 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2015, <16 x float> %2030, <16 x float> %2006)
  store <16 x float> %2031, ptr %30, align 64
  %2032 = getelementptr i8, ptr %2013, i64 384
  %2033 = load <16 x float>, ptr %2032, align 4
  %2034 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2015, <16 x float> %2033, <16 x float> %2009)
  store <16 x float> %2034, ptr %31, align 64
  %2035 = getelementptr i8, ptr %2013, i64 448
  %2036 = load <16 x float>, ptr %2035, align 4
  %2037 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2015, <16 x float> %2036, <16 x float> %2012)
  store <16 x float> %2037, ptr %32, align 64
  %2038 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %bl.1, <16 x float> %exp245, <16 x float> %exp249)
  %2039 = add nsw i32 %kmask30, 16
  br label %kmask

exit29:                                           ; preds = %kmask
  store <16 x float> %1090, ptr %115, align 64
  store <16 x float> %1089, ptr %118, align 64
  store <16 x float> %1088, ptr %121, align 64
  store <16 x float> %1087, ptr %124, align 64
  store <16 x float> %1086, ptr %127, align 64
  store <16 x float> %1085, ptr %130, align 64
  store <16 x float> %1084, ptr %133, align 64
  store <16 x float> %1083, ptr %136, align 64
  br label %join

orow51:                                           ; preds = %orow51.preheader, %written
  %orow55 = phi i32 [ %2100, %written ], [ 0, %orow51.preheader ]
  %2040 = icmp slt i32 %orow55, %nrows
  br i1 %2040, label %body52, label %done

body52:                                           ; preds = %orow51
  %2041 = zext nneg i32 %orow55 to i64
  %2042 = shl nuw nsw i64 %2041, 3
  %2043 = getelementptr <16 x float>, ptr %accs72, i64 %2042
  %2044 = load <16 x float>, ptr %2043, align 64
  %2045 = or disjoint i64 %2042, 1
  %2046 = getelementptr <16 x float>, ptr %accs72, i64 %2045
  %2047 = load <16 x float>, ptr %2046, align 64
  %2048 = or disjoint i64 %2042, 2
  %2049 = getelementptr <16 x float>, ptr %accs72, i64 %2048
  %2050 = load <16 x float>, ptr %2049, align 64
  %2051 = or disjoint i64 %2042, 3
  %2052 = getelementptr <16 x float>, ptr %accs72, i64 %2051
  %2053 = load <16 x float>, ptr %2052, align 64
  %2054 = or disjoint i64 %2042, 4
  %2055 = getelementptr <16 x float>, ptr %accs72, i64 %2054
  %2056 = load <16 x float>, ptr %2055, align 64
  %2057 = or disjoint i64 %2042, 5
  %2058 = getelementptr <16 x float>, ptr %accs72, i64 %2057
  %2059 = load <16 x float>, ptr %2058, align 64
  %2060 = or disjoint i64 %2042, 6
  %2061 = getelementptr <16 x float>, ptr %accs72, i64 %2060
  %2062 = load <16 x float>, ptr %2061, align 64
  %2063 = or disjoint i64 %2042, 7
  %2064 = getelementptr <16 x float>, ptr %accs72, i64 %2063
  %2065 = load <16 x float>, ptr %2064, align 64
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %body52
  %.idx = shl nuw nsw i64 %2041, 9
  %2066 = getelementptr i8, ptr %part, i64 %.idx
  store <16 x float> %2044, ptr %2066, align 4
  %2067 = getelementptr i8, ptr %2066, i64 64
  store <16 x float> %2047, ptr %2067, align 4
  %2068 = getelementptr i8, ptr %2066, i64 128
  store <16 x float> %2050, ptr %2068, align 4
  %2069 = getelementptr i8, ptr %2066, i64 192
  store <16 x float> %2053, ptr %2069, align 4
  %2070 = getelementptr i8, ptr %2066, i64 256
  store <16 x float> %2056, ptr %2070, align 4
  %2071 = getelementptr i8, ptr %2066, i64 320
  store <16 x float> %2059, ptr %2071, align 4
  %2072 = getelementptr i8, ptr %2066, i64 384
  store <16 x float> %2062, ptr %2072, align 4
  %2073 = getelementptr i8, ptr %2066, i64 448
  store <16 x float> %2065, ptr %2073, align 4
  %2074 = add nuw nsw i64 %105, %2041
  %2075 = getelementptr float, ptr %part, i64 %2074
  store float %m56, ptr %2075, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %2074
  store float %103, ptr %gep, align 4
  br label %written

final:                                            ; preds = %body52
  %2076 = sdiv i32 %orow55, %nh
  %qi57 = add i32 %q_begin, %2076
  %2077 = srem i32 %orow55, %nh
  %h58 = add i32 %h_begin, %2077
  %hq59 = add i32 %kv_head, %h58
  %2078 = sext i32 %qi57 to i64
  %2079 = add i64 %q_row0, %2078
  %2080 = sext i32 %hq59 to i64
  %2081 = shl i64 %2079, 14
  %2082 = shl nsw i64 %2080, 9
  %2083 = getelementptr i8, ptr %out, i64 %2081
  %2084 = getelementptr i8, ptr %2083, i64 %2082
  %2085 = fmul <16 x float> %2044, %splat61
  store <16 x float> %2085, ptr %2084, align 4
  %2086 = fmul <16 x float> %2047, %splat61
  %2087 = getelementptr i8, ptr %2084, i64 64
  store <16 x float> %2086, ptr %2087, align 4
  %2088 = fmul <16 x float> %2050, %splat61
  %2089 = getelementptr i8, ptr %2084, i64 128
  store <16 x float> %2088, ptr %2089, align 4
  %2090 = fmul <16 x float> %2053, %splat61
  %2091 = getelementptr i8, ptr %2084, i64 192
  store <16 x float> %2090, ptr %2091, align 4
  %2092 = fmul <16 x float> %2056, %splat61
  %2093 = getelementptr i8, ptr %2084, i64 256
  store <16 x float> %2092, ptr %2093, align 4
  %2094 = fmul <16 x float> %2059, %splat61
  %2095 = getelementptr i8, ptr %2084, i64 320
  store <16 x float> %2094, ptr %2095, align 4
  %2096 = fmul <16 x float> %2062, %splat61
  %2097 = getelementptr i8, ptr %2084, i64 384
  store <16 x float> %2096, ptr %2097, align 4
  %2098 = fmul <16 x float> %2065, %splat61
  %2099 = getelementptr i8, ptr %2084, i64 448
  store <16 x float> %2098, ptr %2099, align 4
  br label %written

written:                                          ; preds = %final, %partial
  %2100 = add nuw nsw i32 %orow55, 1
  br label %orow51
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fmax.v16f32(<16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr nonnull @mha_kernel, ptr %0) #2
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr nonnull @mha_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mha_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr nonnull @mha_kernel, ptr %0, i64 %1) #2
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr nonnull @mha_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr nonnull @mha_kernel, ptr %0) #2
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mha_info() #0 {
entry:
  ret ptr @mha_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
